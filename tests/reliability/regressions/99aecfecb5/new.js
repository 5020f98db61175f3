const LEVELS = ["debug", "info", "warn", "error"];
function describeIncoming(req) {
  const id = req.headers["x-request-id"] || "-";
  return `[${id}] ${req.method} ${req.url}`;
}
function describeOutgoing(req) {
  const id = req.headers["x-request-id"] || "-";
  return `[${id}] ${req.method} ${req.url}`;
}
function levelFor(status) {
  };
