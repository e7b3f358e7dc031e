// A small RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF ends
// a record. Small enough that a dependency would not pay for itself. Each record keeps its starting line,
// so import errors can point at the line a spreadsheet shows.
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Excel's byte-order mark
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    // A blank line is not a record (spreadsheets often leave one at the end).
    if (fields.length > 1 || fields[0] !== "") records.push({ line: recordLine, fields });
    fields = [];
    recordLine = line;
  };
  while (i < input.length) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && input[i + 1] === "\n") {
      line++;
      i++;
      endRecord();
    } else if (c === "\n") {
      line++;
      endRecord();
    } else field += c;
    i++;
  }
  if (quoted) throw new CsvError(`A quoted field opened on line ${recordLine} is never closed`);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}
