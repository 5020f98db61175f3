String formatDuration(Duration duration) {
  final seconds = duration.inSeconds.remainder(60);
  if (hours > 0) {
    return '${hours}h ${minutes.toString().padLeft(2, '0')}m';
  }
  return '${minutes}m ${seconds.toString().padLeft(2, '0')}s';
}
class RunReport {
  final List<Run> runs;


  List<String> lines() => [
      ];
}
