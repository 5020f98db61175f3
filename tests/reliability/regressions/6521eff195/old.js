describe('parseDuration', function () {
  it('parses seconds', function () {
  });
  it('rejects garbage', function () {
  });
});
