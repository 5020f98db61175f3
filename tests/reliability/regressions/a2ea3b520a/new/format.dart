String formatDuration(Duration duration) {
  if (hours > 0) {
  }
  return '${minutes}m ${seconds.toString().padLeft(2, '0')}s';
}

String formatDistance(double km) =>
    km < 1 ? '${(km * 1000).round()} m' : '${km.toStringAsFixed(1)} km';

String formatPace(Duration pace) =>
    '${pace.inMinutes}:${pace.inSeconds.remainder(60).toString().padLeft(2, '0')} /km';
