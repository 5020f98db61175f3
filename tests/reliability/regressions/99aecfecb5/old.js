function requestTag(req) {
  const id = req.headers["x-request-id"] || "-";
}
const LEVELS = ["debug", "info", "warn", "error"];
function responseTag(req) {
  const id = req.headers["x-request-id"] || "-";
}
function levelFor(status) {
  };
