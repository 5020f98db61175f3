function mask = segmentVisible(data, dataIsInBox, xLim, yLim)
