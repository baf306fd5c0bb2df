#include "platformwire.h"
#include "simhttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The platform-sim executable itself, as scripts use it.
class TestPlatformSimBinary : public QObject
{
    Q_OBJECT

    QString m_binary;

    QString binary() const { return m_binary; }

private slots:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SA_BINARY_DIR") + u"/src/app/platform-sim"_s;
        QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    }

    void firstLineIsTheStartupJsonAndTheApiServesTheDemo()
    {
        QProcess sim;
        sim.start(binary(), {u"--demo"_s});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 15000);
        const QByteArray first = sim.readLine();
        QJsonParseError error{};
        const QJsonObject info = QJsonDocument::fromJson(first, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, first.constData());
        QVERIFY(info[u"api"_s].toString().startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(info[u"status"_s].toString().startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(!info[u"admin_token"_s].toString().isEmpty());
        const QJsonArray users = info[u"users"_s].toArray();
        QVERIFY(users.size() >= 2);
        QCOMPARE(users[0][u"username"_s].toString(), u"alice"_s);

        SimHttp http(QUrl(info[u"api"_s].toString()));
        const HttpAnswer a =
            http.get(u"/v1/me/applications"_s, SimHttp::basic(users[0][u"api_key"_s].toString()));
        QCOMPARE(a.status, 200);
        const auto apps = PlatformWire::readApplications(a.body);
        QVERIFY2(apps.ok(), qPrintable(apps.error()));
        QCOMPARE(apps->size(), 12);
        SimHttp status(QUrl(info[u"status"_s].toString()));
        QCOMPARE(status.get(u"/api/v2/summary.json"_s).status, 200);

        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void badDatasetExitsWithThePlace()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"kept.sqlite"_s);
        QProcess sim;
        sim.start(binary(),
                  {u"--dataset"_s, QFINDTESTDATA(u"../data/sim/bad-unknown-flavor.json"_s),
                   u"--db"_s, db});
        QVERIFY(sim.waitForFinished(15000));
        QCOMPARE(sim.exitCode(), 1);
        const QString err = QString::fromUtf8(sim.readAllStandardError());
        QVERIFY2(err.contains(u"users[0].applications[0].flavor: \"gold\" is not one of"_s),
                 qPrintable(err));
        QVERIFY(sim.readAllStandardOutput().isEmpty());
        QVERIFY(!QFile::exists(db));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing to serve") << QStringList();
        QTest::newRow("two sources") << QStringList{u"--demo"_s, u"--generate"_s, u"3"_s};
        QTest::newRow("bad count") << QStringList{u"--generate"_s, u"many"_s};
        QTest::newRow("bad port") << QStringList{u"--demo"_s, u"--port"_s, u"99999"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QProcess sim;
        sim.start(binary(), arguments);
        QVERIFY(sim.waitForFinished(15000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(!sim.readAllStandardError().isEmpty());
    }

    void helpAndVersion()
    {
        QProcess help;
        help.start(binary(), {u"--help"_s});
        QVERIFY(help.waitForFinished(15000));
        QCOMPARE(help.exitCode(), 0);
        const QByteArray text = help.readAllStandardOutput();
        for (const char *option :
             {"--dataset", "--db", "--demo", "--generate", "--seed", "--port", "--status-port"})
            QVERIFY2(text.contains(option), option);
        QProcess version;
        version.start(binary(), {u"--version"_s});
        QVERIFY(version.waitForFinished(15000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(version.readAllStandardOutput().contains(SA_VERSION));
    }

    void servesAGeneratedDataset()
    {
        QProcess sim;
        sim.start(binary(), {u"--generate"_s, u"25"_s, u"--seed"_s, u"4"_s});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 15000);
        const QJsonObject info = QJsonDocument::fromJson(sim.readLine()).object();
        SimHttp http(QUrl(info[u"api"_s].toString()));
        const auto apps = PlatformWire::readApplications(
            http.get(u"/v1/me/applications"_s,
                     SimHttp::basic(info[u"users"_s][0][u"api_key"_s].toString()))
                .body);
        QVERIFY2(apps.ok(), qPrintable(apps.error()));
        QCOMPARE(apps->size(), 25);
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestPlatformSimBinary)
#include "tst_platformsimbinary.moc"
