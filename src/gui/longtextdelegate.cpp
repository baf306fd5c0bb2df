#include "longtextdelegate.h"

#include <QFontMetrics>

#include <algorithm>

using namespace Qt::StringLiterals;

qsizetype LongTextDelegate::visibleCharactersAtMost(int width, const QFontMetrics &metrics)
{
    int narrowest = width;
    for (const QChar c : u" .,:;'!|iIl"_s)
        narrowest = std::min(narrowest, metrics.horizontalAdvance(c));
    // Two more for the margins the style leaves and for kerning.
    return width / std::max(1, narrowest) + 2;
}

void LongTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    CachedTextDelegate::initStyleOption(option, index);
    const int width = option->rect.width();
    if (width <= 0) // a size asked for, not a cell painted: the whole text
        return;
    qsizetype keep = visibleCharactersAtMost(width, option->fontMetrics);
    if (option->text.size() <= keep)
        return;
    if (option->text.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    // Still wider than the cell unless its characters are narrower than any of the samples
    // (zero-width marks a server may send): then the "…" says that the text goes on.
    option->text = option->text.left(keep) + u'…';
}
