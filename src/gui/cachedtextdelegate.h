#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <utility>
#include <vector>

// Paints a cell's text from a cache of laid-out texts (QStaticText), and leaves everything else
// (background, selection, icon, focus) to the style. The style lays out and shapes the text of
// every cell it paints, twice when it elides: after a keystroke of the filter, repainting the
// tree and the findings table was a third of the keystroke, most of it shaping the same few
// texts again (severities, flavors, types, rule ids, the names on screen a moment ago).
//
// Cells whose text wraps or holds a line break, cells whose selection covers only their text, and
// every cell under a style other than Fusion or Windows, are left to the style as they are.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // How many laid-out texts are kept, at most.
    static constexpr qsizetype kKept = 4096;

private:
    struct Key
    {
        QString text;
        int width = 0;
        int font = 0; // an index into m_fonts
        Qt::TextElideMode elide = Qt::ElideRight;
        Qt::LayoutDirection direction = Qt::LeftToRight; // of the paragraph: where "…" goes
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.font == b.font && a.elide == b.elide &&
                   a.direction == b.direction && a.text == b.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.font, int(key.elide),
                              int(key.direction));
        }
    };
    // Where the style puts a cell's text (its SE_ItemViewItemText rectangle).
    QRect textRectOf(const QStyle *style, const QStyleOptionViewItem &opt) const;
    const QStaticText &laidOut(const QString &text, int width, const QFont &font,
                               Qt::TextElideMode elide, Qt::LayoutDirection direction) const;

    // What the style's text rectangle of a cell depends on, besides where the cell is.
    struct TextPlace
    {
        const QStyle *style = nullptr;
        QSize size;
        QStyleOptionViewItem::ViewItemFeatures features;
        QSize decorationSize;
        QStyleOptionViewItem::Position decorationPosition = QStyleOptionViewItem::Left;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        Qt::Alignment alignment;
        Qt::CheckState checkState = Qt::Unchecked;
        QFont font;
        friend bool operator==(const TextPlace &a, const TextPlace &b)
        {
            return a.style == b.style && a.size == b.size && a.features == b.features &&
                   a.decorationSize == b.decorationSize &&
                   a.decorationPosition == b.decorationPosition && a.direction == b.direction &&
                   a.alignment == b.alignment && a.checkState == b.checkState && a.font == b.font;
        }
    };
    mutable std::vector<std::pair<TextPlace, QRect>> m_textPlaces; // relative to the cell

    mutable std::vector<QFont> m_fonts; // the few fonts the cells use (plain, bold, italic)
    mutable QHash<Key, QStaticText> m_texts;
};
