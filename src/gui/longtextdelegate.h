#pragma once

#include "cachedtextdelegate.h"

// Paints a long single-line text (a finding's message) cut, before the style lays it out, to the
// most a cell of its width can show: the style shapes the whole text of every painted cell just
// to elide it, which made repainting the findings table the slowest part of a keystroke on a
// large account. What is cut ends in "…", as the style's own elision does. The cut text is then
// painted as CachedTextDelegate paints any.
class LongTextDelegate : public CachedTextDelegate
{
    Q_OBJECT

public:
    using CachedTextDelegate::CachedTextDelegate;

    // The characters a cell this wide can show at most in this font: none narrower than these.
    static qsizetype visibleCharactersAtMost(int width, const QFontMetrics &metrics);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
