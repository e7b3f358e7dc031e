// Shared by the profile form (input maxLength) and the update-profile action (validation).
export const MAX_NAME_LENGTH = 100;
export const MAX_BOOKING_URL_LENGTH = 500;
