#include "cachedtextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

#include <optional>

using namespace Qt::StringLiterals;

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plainLine = !opt.text.isEmpty() &&
                           !opt.features.testFlag(QStyleOptionViewItem::WrapText) &&
                           !opt.text.contains(u'\n') && !opt.text.contains(QChar::LineSeparator);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The text's colours, place and focus frame as QCommonStyle paints them, which the Fusion and
    // Windows styles keep; another style (a desktop's, a style sheet) paints its own way.
    const QString styleName = style->name();
    const bool commonItems = styleName.compare(u"fusion", Qt::CaseInsensitive) == 0 ||
                             styleName.compare(u"windows", Qt::CaseInsensitive) == 0;
    // Where the selection covers only the text (a tree or list selecting single items, under the
    // Windows style), the style fits its highlight to the text: the style paints that cell.
    if (!plainLine || !commonItems || !opt.showDecorationSelected) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // Where the style would put the text, with the margins it leaves inside that rectangle.
    // Outside a size hint, and where the selection covers the whole cell, that rectangle depends
    // on there being a text, not on the text; but the style lays the whole text out to measure
    // it. A one-letter stand-in spares that layout on every paint: it was half of what painting
    // a cell from the cache cost.
    const QString text = opt.text;
    opt.text = u"x"_s;
    const QRect itemTextRect = textRectOf(style, opt);
    QRect textRect = itemTextRect;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);

    // The focus frame goes around the text, which the style no longer sees: drawn here, as the
    // style draws it (one cell of the view has it).
    std::optional<QStyleOptionFocusRect> focus;
    if (opt.state.testFlag(QStyle::State_HasFocus)) {
        focus.emplace();
        focus->QStyleOption::operator=(opt);
        focus->rect = itemTextRect; // QCommonStyle's focus rectangle is its text rectangle
        focus->state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group =
            opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        focus->backgroundColor = opt.palette.color(group, opt.state.testFlag(QStyle::State_Selected)
                                                              ? QPalette::Highlight
                                                              : QPalette::Window);
        opt.state &= ~QStyle::State_HasFocus;
    }
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (focus)
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &*focus, painter, widget);
    if (textRect.width() <= 0)
        return;

    const QStaticText &laid =
        laidOut(text, textRect.width(), opt.font, opt.textElideMode, opt.direction);
    const QPalette::ColorGroup group =
        !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active) ? QPalette::Normal
                                                   : QPalette::Inactive;
    painter->save();
    painter->setPen(opt.palette.color(group, opt.state.testFlag(QStyle::State_Selected)
                                                 ? QPalette::HighlightedText
                                                 : QPalette::Text));
    painter->setFont(opt.font);
    painter->setClipRect(textRect, Qt::IntersectClip);
    // Placed as the style places its text layout: vertically in whole pixels, horizontally at
    // the text's own (fractional) width from the aligned edge.
    const QSizeF size = laid.size();
    const QRect line = QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                           QSize(textRect.width(), int(size.height())), textRect);
    const Qt::Alignment horizontal =
        QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
    qreal x = line.x();
    if (horizontal & Qt::AlignRight)
        x += line.width() - size.width();
    else if (horizontal & Qt::AlignHCenter)
        x += (line.width() - size.width()) / 2;
    painter->drawStaticText(QPointF(x, line.y()), laid);
    painter->restore();
}

QRect CachedTextDelegate::textRectOf(const QStyle *style, const QStyleOptionViewItem &opt) const
{
    // The style's answer moves with the cell and depends on nothing else the cells of one view
    // vary in: kept for the few shapes of cell a view has, and asked again for a new one.
    const TextPlace place{style,
                          opt.rect.size(),
                          opt.features,
                          opt.decorationSize,
                          opt.decorationPosition,
                          opt.direction,
                          opt.displayAlignment,
                          opt.checkState,
                          opt.font};
    for (const auto &[known, rect] : m_textPlaces)
        if (known == place)
            return rect.translated(opt.rect.topLeft());
    if (m_textPlaces.size() >= 32)
        m_textPlaces.clear();
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    m_textPlaces.emplace_back(place, rect.translated(-opt.rect.topLeft()));
    return rect;
}

const QStaticText &CachedTextDelegate::laidOut(const QString &text, int width, const QFont &font,
                                               Qt::TextElideMode elide,
                                               Qt::LayoutDirection direction) const
{
    int fontIndex = 0;
    while (fontIndex < int(m_fonts.size()) && !(m_fonts[size_t(fontIndex)] == font))
        ++fontIndex;
    if (fontIndex == int(m_fonts.size())) {
        if (m_fonts.size() >= 16) { // fonts that keep changing (a zoom): start afresh
            m_fonts.clear();
            m_texts.clear();
            fontIndex = 0;
        }
        m_fonts.push_back(font);
    }
    const Key key{text, width, fontIndex, elide, direction};
    if (const auto known = m_texts.constFind(key); known != m_texts.cend())
        return *known;
    if (m_texts.size() >= kKept)
        m_texts.clear(); // a rare full sweep is cheaper than an order kept on every paint
    const auto prepared = [&](const QString &line) {
        QStaticText laid(line);
        laid.setTextFormat(Qt::PlainText); // what a server sent is never markup
        QTextOption option;
        option.setTextDirection(direction);
        option.setWrapMode(QTextOption::NoWrap);
        laid.setTextOption(option);
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.prepare(QTransform(), font);
        return laid;
    };
    // Most texts fit: the layout they are painted from measures them, and they are shaped once.
    // One that may not fit (its width leaves no whole pixel, or trailing spaces the layout's
    // width leaves out) is cut as the style cuts it.
    QStaticText laid = prepared(text);
    if (laid.size().width() > width - 1 || (!text.isEmpty() && text.back().isSpace())) {
        const QString cut = QFontMetrics(font).elidedText(text, elide, width);
        if (cut != text)
            laid = prepared(cut);
    }
    return *m_texts.insert(key, laid);
}
