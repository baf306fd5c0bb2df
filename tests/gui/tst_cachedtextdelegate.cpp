// CachedTextDelegate paints what the style paints: the same table drawn with the style's own
// delegate and with the cached one, compared pixel by pixel. Plain, elided, right-aligned,
// coloured, bold, selected and right-to-left cells, with an icon and without, texts about as
// wide as their cell; a server's markup shown as the characters it is; a text with a line break
// left to the style; and the same texts painted again from the cache.

#include "cachedtextdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

QStandardItemModel *makeModel(QObject *parent, const QStringList &texts, bool icons)
{
    auto *model = new QStandardItemModel(int(texts.size()), 3, parent);
    QPixmap badge(16, 16);
    badge.fill(QColor(30, 120, 200));
    for (int r = 0; r < texts.size(); ++r) {
        auto *name = new QStandardItem(texts.at(r));
        if (icons && r % 3 == 1) // as the tree's rows: an icon before the text
            name->setIcon(QIcon(badge));
        model->setItem(r, 0, name);
        auto *number = new QStandardItem(QString::number(r * 1234));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model->setItem(r, 1, number);
        auto *styled = new QStandardItem(u"Danger %1"_s.arg(r));
        styled->setForeground(QColor(180, 20, 20));
        if (r % 2) {
            QFont bold;
            bold.setBold(true);
            styled->setFont(bold);
        }
        model->setItem(r, 2, styled);
    }
    return model;
}

// The view as painted with this delegate (nullptr: the style's own), row 1 selected, the
// current cell with the focus frame. A table, or a tree that selects single cells (where the
// style fits the selection to the text, not to the cell).
QImage paint(const QStringList &texts, QAbstractItemDelegate *delegate,
             Qt::LayoutDirection direction = Qt::LeftToRight, bool icons = true,
             bool treeOfCells = false)
{
    QTableView table;
    QTreeView tree;
    QAbstractItemView &view = treeOfCells ? static_cast<QAbstractItemView &>(tree) : table;
    table.setWordWrap(false); // as the window's tables: one line a row
    tree.setRootIsDecorated(false);
    view.setSelectionBehavior(treeOfCells ? QAbstractItemView::SelectItems
                                          : QAbstractItemView::SelectRows);
    view.setLayoutDirection(direction);
    view.setModel(makeModel(&view, texts, icons));
    if (delegate) {
        delegate->setParent(&view);
        view.setItemDelegate(delegate);
    }
    const QList<int> widths{120, 70, 90}; // narrow: the long texts are elided
    for (int c = 0; c < widths.size(); ++c) {
        table.setColumnWidth(c, widths.at(c));
        tree.setColumnWidth(c, widths.at(c));
    }
    view.resize(340, 400);
    const QModelIndex selected = view.model()->index(1, 0);
    view.selectionModel()->select(
        selected, QItemSelectionModel::ClearAndSelect |
                      (treeOfCells ? QItemSelectionModel::NoUpdate : QItemSelectionModel::Rows));
    view.selectionModel()->setCurrentIndex(selected, QItemSelectionModel::NoUpdate);
    view.setFocus();
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    return view.grab().toImage();
}

// Pixels that differ by more than a tenth of a channel's range: not the anti-aliasing of a
// glyph placed a fraction of a pixel apart, but a glyph, a colour or a frame that is not the same.
int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            n += std::abs(qRed(p) - qRed(q)) > 25 || std::abs(qGreen(p) - qGreen(q)) > 25 ||
                 std::abs(qBlue(p) - qBlue(q)) > 25;
        }
    }
    return n;
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsWhatTheStylePaints_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<bool>("rightToLeft");
        QTest::addColumn<bool>("icons");
        QTest::addColumn<bool>("treeOfCells");
        const QStringList names{u"shop"_s,
                                u"analytics-worker-pool-eu"_s,
                                u"café ☕"_s,
                                u"a very long application name that does not fit"_s,
                                u""_s,
                                u"<b>not bold</b> &amp;"_s,
                                u"line\nbreak"_s,
                                u"ends in spaces            "_s};
        // One narrow letter more each row: some text is the widest that fits its cell, and the
        // next is the narrowest that is cut (with and without an icon before it).
        QStringList nearTheWidth;
        for (int extra = 0; extra < 12; ++extra)
            nearTheWidth << u"analytics-wo"_s + QString(6 + extra, u'i');
        // Both styles the delegate paints for: Fusion's selection covers the whole cell in a
        // tree selecting cells, the Windows style's only the text (left to the style).
        for (const char *style : {"Fusion", "Windows"}) {
            const auto row = [style](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", style, name) << QString::fromLatin1(style);
            };
            row("left to right") << names << false << true << false;
            row("right to left") << names << true << true << false;
            row("a tree selecting cells") << names << false << true << true;
            row("about as wide as the cell") << nearTheWidth << false << false << false;
            row("about as wide, with icons") << nearTheWidth.mid(0, 8) << false << true << false;
        }
    }

    void paintsWhatTheStylePaints()
    {
        QFETCH(QString, style);
        const QString before = QApplication::style()->name();
        QApplication::setStyle(style);
        const auto restore = qScopeGuard([&before] { QApplication::setStyle(before); });
        QFETCH(QStringList, texts);
        QFETCH(bool, rightToLeft);
        QFETCH(bool, icons);
        QFETCH(bool, treeOfCells);
        const Qt::LayoutDirection direction = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
        const QImage byStyle = paint(texts, nullptr, direction, icons, treeOfCells);
        QVERIFY(!byStyle.isNull());
        auto *cached = new CachedTextDelegate;
        const QImage byCache = paint(texts, cached, direction, icons, treeOfCells);
        const int differing = differingPixels(byStyle, byCache);
        QVERIFY2(differing == 0, qPrintable(u"%1 pixels differ"_s.arg(differing)));
        // Other texts change the picture: the comparison sees text at all.
        QStringList other = texts;
        other[0] = u"wiki"_s;
        QVERIFY(differingPixels(byStyle, paint(other, nullptr, direction, icons, treeOfCells)) >
                10);
    }

    void markupIsShownAsCharacters()
    {
        // "<b>x</b>" painted as those eight characters: wider than the bold "x" markup would be.
        const QImage markup = paint({u"<b>x</b>"_s}, new CachedTextDelegate);
        const QImage literal = paint({u"<b>x</b>"_s}, nullptr);
        QCOMPARE(differingPixels(markup, literal), 0);
        QVERIFY(differingPixels(markup, paint({u"x"_s}, new CachedTextDelegate)) > 10);
    }
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
