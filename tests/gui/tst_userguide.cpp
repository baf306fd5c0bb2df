#include "userguidedialog.h"

#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// The desktop conventions: Help shows the guide the package ships, and a snapshot file is known
// to the desktop by its MIME type whatever its name.
class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The MIME package as installed, in this test's private data folder (XDG_DATA_HOME),
        // before anything asks the MIME database.
        const QString mime = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                             u"/mime/packages"_s;
        QVERIFY(QDir().mkpath(mime));
        QFile::remove(mime + u"/org.example.ScalingAdvisor.xml"_s);
        QVERIFY(QFile::copy(qEnvironmentVariable("SA_SOURCE_DIR") +
                                u"/installer/org.example.ScalingAdvisor.mime.xml"_s,
                            mime + u"/org.example.ScalingAdvisor.xml"_s));
    }

    void theGuideIsInTheApplication()
    {
        QFile shipped(qEnvironmentVariable("SA_SOURCE_DIR") + u"/docs/user-guide.md"_s);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(UserGuideDialog::markdown(), QString::fromUtf8(shipped.readAll()));
        QWidget window;
        UserGuideDialog *dialog = UserGuideDialog::showGuide(&window);
        QVERIFY(dialog->isVisible());
        const QString text = dialog->browser()->document()->toPlainText();
        QVERIFY(text.contains(u"Applying the plan"_s));
        QVERIFY(!text.contains(u"## "_s)); // drawn as headings, not shown as Markdown source
        // Asked again, the same window comes forward.
        QCOMPARE(UserGuideDialog::showGuide(&window), dialog);
    }

    void snapshotsHaveTheirOwnMimeType_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("type");
        QTest::newRow("snapshot, as written")
            << QByteArray("{\"format\":\"scaling-advisor-snapshot\",\"format_version\":1}")
            << u"application/x-scaling-advisor-snapshot"_s;
        QTest::newRow("snapshot, pretty-printed")
            << QByteArray(
                   "{\n    \"format\": \"scaling-advisor-snapshot\",\n    \"format_version\": 1\n}")
            << u"application/x-scaling-advisor-snapshot"_s;
        QTest::newRow("other JSON")
            << QByteArray("{\"format\":\"something-else\"}") << u"application/json"_s;
    }

    void snapshotsHaveTheirOwnMimeType()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, type);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"alice.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        // By content, as file managers tell it (Qt 6.4's mimeTypeForFile stops at the one glob
        // match "*.json"; shared-mime-info's own lookup lets the sub-class magic win).
        const QMimeType found =
            QMimeDatabase().mimeTypeForFile(f.fileName(), QMimeDatabase::MatchContent);
        if (type == u"application/json"_s) {
            QVERIFY(found.name() != u"application/x-scaling-advisor-snapshot"_s);
        } else {
            QCOMPARE(found.name(), type);
            QVERIFY(found.inherits(u"application/json"_s));
        }
    }

    void snapshotsHaveAGlobOfTheirOwn()
    {
        QCOMPARE(QMimeDatabase()
                     .mimeTypeForFile(u"alice.sasnapshot"_s, QMimeDatabase::MatchExtension)
                     .name(),
                 u"application/x-scaling-advisor-snapshot"_s);
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
