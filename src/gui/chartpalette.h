#pragma once

#include <QColor>
#include <QList>

// The Okabe–Ito palette: eight colours that stay distinct for the common forms of colour
// blindness, used by every chart of the window and of the PDF report so that an application
// keeps its colour across them.
namespace ChartPalette {

QList<QColor> colours();
// The colour of the n-th series, repeating after eight.
QColor colour(int index);
// The colour for "everything else" stacks: a neutral grey.
QColor restColour();
// Black or white, whichever reads better on the colour.
QColor textOn(const QColor &background);

} // namespace ChartPalette
