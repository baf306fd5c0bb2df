// The application icon as Qt draws it: Qt's SVG engine implements SVG Tiny 1.2 only, so an icon
// that looks right in a browser can come out blank or wrong in the window title and the tray.
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void rendersAtEverySize_data();
    void rendersAtEverySize();

private:
    static QString iconPath()
    {
        return qEnvironmentVariable("SA_SOURCE_DIR") + u"/resources/icons/scaling-advisor.svg"_s;
    }
};

void TestAppIcon::rendersAtEverySize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 32, 48, 128, 256})
        QTest::addRow("%dpx", size) << size;
}

void TestAppIcon::rendersAtEverySize()
{
    QFETCH(int, size);
    if (!QImageReader::supportedImageFormats().contains("svg"))
        QSKIP("Qt has no SVG plugin here (Debian package libqt6svg6)");

    const QIcon icon(iconPath());
    QVERIFY2(!icon.isNull(), qPrintable(iconPath()));
    const QImage image =
        icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(size, size));

    // Transparent corners (a rounded tile), the blue tile, and the green check mark at the
    // bottom right (centre of the badge at 94/128 of the size).
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    const QColor tile = image.pixelColor(size * 20 / 128, size * 100 / 128);
    QVERIFY2(tile.blue() > 100 && tile.blue() > tile.red() + 50, qPrintable(tile.name()));
    const QColor badge = image.pixelColor(size * 104 / 128, size * 100 / 128);
    QVERIFY2(badge.green() > 120 && badge.green() > badge.red() + 50, qPrintable(badge.name()));
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
