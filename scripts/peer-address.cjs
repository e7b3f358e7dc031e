// Preloaded into the Next server by scripts/serve.ts (`node --require`): appends the socket address to
// X-Forwarded-For on every request, as a proxy does. Next itself only fills the header when it is absent, so
// without this a client could choose the address every per-IP limit sees (lib/http/client-ip.ts).
const http = require("node:http");

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if (event === "request" && request?.socket?.remoteAddress) {
    const forwarded = request.headers["x-forwarded-for"];
    const peer = request.socket.remoteAddress.replace(/^::ffff:/, "");
    request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  }
  return emit.call(this, event, request, ...rest);
};
