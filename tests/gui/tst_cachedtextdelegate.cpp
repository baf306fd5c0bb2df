// CachedTextDelegate paints what the style paints: the same table drawn with the style's own
// delegate and with the cached one, compared pixel by pixel. Plain, elided, right-aligned,
// coloured, bold, selected and right-to-left cells; a server's markup shown as the characters it
// is; a text with a line break left to the style; and the same texts painted again from the cache.

#include "cachedtextdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

QStandardItemModel *makeModel(QObject *parent, const QStringList &texts)
{
    auto *model = new QStandardItemModel(int(texts.size()), 3, parent);
    for (int r = 0; r < texts.size(); ++r) {
        model->setItem(r, 0, new QStandardItem(texts.at(r)));
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

// The table as painted with this delegate (nullptr: the style's own), row 1 selected.
QImage paint(const QStringList &texts, QAbstractItemDelegate *delegate,
             Qt::LayoutDirection direction = Qt::LeftToRight)
{
    QTableView view;
    view.setWordWrap(false); // as the window's tables: one line a row
    view.setLayoutDirection(direction);
    view.setModel(makeModel(&view, texts));
    if (delegate) {
        delegate->setParent(&view);
        view.setItemDelegate(delegate);
    }
    view.setColumnWidth(0, 120); // narrow: the long texts are elided
    view.setColumnWidth(1, 70);
    view.setColumnWidth(2, 90);
    view.resize(340, 260);
    view.selectRow(1);
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
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<bool>("rightToLeft");
        const QStringList names{
            u"shop"_s,       u"analytics-worker-pool-eu"_s,
            u"café ☕"_s,     u"a very long application name that does not fit"_s,
            u""_s,           u"<b>not bold</b> &amp;"_s,
            u"line\nbreak"_s};
        QTest::newRow("left to right") << names << false;
        QTest::newRow("right to left") << names << true;
    }

    void paintsWhatTheStylePaints()
    {
        QFETCH(QStringList, texts);
        QFETCH(bool, rightToLeft);
        const Qt::LayoutDirection direction = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
        const QImage byStyle = paint(texts, nullptr, direction);
        QVERIFY(!byStyle.isNull());
        auto *cached = new CachedTextDelegate;
        const QImage byCache = paint(texts, cached, direction);
        const int differing = differingPixels(byStyle, byCache);
        byStyle.save(u"/tmp/exp/style.png"_s);
        byCache.save(u"/tmp/exp/cache.png"_s);
        QVERIFY2(differing == 0, qPrintable(u"%1 pixels differ"_s.arg(differing)));
        // Other texts change the picture: the comparison sees text at all.
        QStringList other = texts;
        other[0] = u"wiki"_s;
        QVERIFY(differingPixels(byStyle, paint(other, nullptr, direction)) > 10);
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
