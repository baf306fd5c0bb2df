#include "clirunner.h"
#include "platformsimulator.h"
#include "snapshot.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

// No write error is silent: a report, a plan or a snapshot that did not reach the disk (or the
// pipe) is exit 1 with the OS's reason, and never a "Wrote …" line. On /dev/full, and on a real
// full file system (a 256 KiB tmpfs, mounted when the test runs as root).
class TestCliWrites : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fullDisk; // mount point of a full tmpfs; empty when none could be made
    std::unique_ptr<PlatformSimulator> m_sim;

    struct Run
    {
        int exitCode = -1;
        QByteArray err;
    };
    // Runs the binary with its standard output going to a file (as `> FILE` in a shell).
    static Run runWithStdoutTo(const QString &stdoutPath, const QStringList &arguments)
    {
        Run result;
        QProcess process;
        process.setProcessEnvironment(CliRunner::cleanEnvironment());
        process.setStandardOutputFile(stdoutPath, QIODevice::Append);
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, [&](int code) {
            result.exitCode = code;
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        process.start(CliRunner::binaryPath(), arguments);
        loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.err = process.readAllStandardError();
        return result;
    }

    static bool runRoot(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    // Fills the tmpfs until a write fails, leaving no room for a report.
    void fillDisk()
    {
        QFile filler(m_fullDisk + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
    }

    static void verifyFailure(const Run &run, const QByteArray &reason)
    {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("scaling-advisor: "), run.err.constData());
        QVERIFY2(run.err.contains(reason), run.err.constData());
        QVERIFY2(!run.err.contains("Wrote"), run.err.constData());
        QVERIFY2(!run.err.contains("Unknown error"), run.err.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<PlatformSimulator>();
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));

        const QString mountPoint = m_dir.filePath(u"full"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::geteuid() == 0 && runRoot(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256k"_s,
                                                     u"tmpfs"_s, mountPoint}))
            m_fullDisk = mountPoint;
    }
    void cleanupTestCase()
    {
        if (!m_fullDisk.isEmpty())
            runRoot(u"umount"_s, {m_fullDisk});
        m_sim.reset();
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("takesOutput"); // --output FILE, besides standard output
        QTest::newRow("audit text")
            << QStringList{u"audit"_s, u"--demo"_s, u"--fail-on"_s, u"never"_s} << true;
        QTest::newRow("audit html") << QStringList{u"audit"_s, u"--demo"_s,    u"--format"_s,
                                                   u"html"_s,  u"--fail-on"_s, u"never"_s}
                                    << true;
        QTest::newRow("audit csv") << QStringList{u"audit"_s, u"--demo"_s,    u"--format"_s,
                                                  u"csv"_s,   u"--fail-on"_s, u"never"_s}
                                   << true;
        QTest::newRow("simulate") << QStringList{u"simulate"_s, u"--demo"_s, u"--fail-region"_s,
                                                 u"us-east-1"_s}
                                  << true;
        QTest::newRow("plan json")
            << QStringList{u"plan"_s, u"--demo"_s, u"--format"_s, u"json"_s} << true;
        QTest::newRow("snapshot") << QStringList{u"snapshot"_s, u"--demo"_s} << true;
        QTest::newRow("help") << QStringList{u"--help"_s} << false;
        QTest::newRow("audit help") << QStringList{u"audit"_s, u"--help"_s} << false;
    }

    void commands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, takesOutput);
        const bool isSnapshot = arguments.first() == "snapshot"_L1;
        if (!isSnapshot)
            verifyFailure(runWithStdoutTo(u"/dev/full"_s, arguments), "No space left on device");
        if (takesOutput)
            verifyFailure(runWithStdoutTo(m_dir.filePath(u"stdout.txt"_s),
                                          arguments + QStringList{u"--output"_s, u"/dev/full"_s}),
                          "No space left on device");
    }

    void statusOnDevFull()
    {
        verifyFailure(runWithStdoutTo(u"/dev/full"_s, {u"status"_s, u"--status-url"_s,
                                                       m_sim->statusUrl().toString()}),
                      "No space left on device");
    }

    void onAFullDisk_data() { commands_data(); }
    void onAFullDisk()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, takesOutput);
        if (m_fullDisk.isEmpty())
            QSKIP("needs root to mount a small tmpfs");
        fillDisk();
        const QString file = m_fullDisk + u"/out.txt"_s;
        const bool isSnapshot = arguments.first() == "snapshot"_L1;
        if (!isSnapshot) {
            // `> file` on the full disk: the shell creates the file, the writes fail.
            verifyFailure(runWithStdoutTo(file, arguments), "No space left on device");
            QFile::remove(file);
        }
        if (takesOutput) {
            verifyFailure(runWithStdoutTo(m_dir.filePath(u"stdout.txt"_s),
                                          arguments + QStringList{u"--output"_s, file}),
                          "No space left on device");
            // Atomic: no half-written file is left behind.
            QVERIFY2(!QFileInfo::exists(file), "a partial file was left behind");
        }
    }

    // A snapshot that cannot be written on a full disk leaves the one before it as it was: the
    // command (exit 1, the OS's reason) and Snapshot::write itself, as the window's cache uses
    // it. No temporary file is left beside it either.
    void snapshotOnAFullDiskKeepsTheOldOne()
    {
        if (m_fullDisk.isEmpty())
            QSKIP("needs root to mount a small tmpfs");
        QFile::remove(m_fullDisk + u"/filler"_s);
        const QString file = m_fullDisk + u"/shop.json"_s;
        const QStringList arguments{u"snapshot"_s, u"--demo"_s, u"--output"_s, file};
        const Run good = runWithStdoutTo(m_dir.filePath(u"stdout.txt"_s), arguments);
        QCOMPARE(good.exitCode, 0);
        const auto contents = [&file] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = contents();
        QVERIFY(before.size() > 100);
        const Result<Inventory> inventory = Snapshot::read(file);
        QVERIFY2(inventory.ok(), qPrintable(inventory.error()));

        fillDisk();
        verifyFailure(runWithStdoutTo(m_dir.filePath(u"stdout.txt"_s), arguments),
                      "No space left on device");
        QCOMPARE(contents(), before);

        const Status written = Snapshot::write(inventory.value(), file);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(u"No space left on device"_s),
                 qPrintable(written.error()));
        QVERIFY2(written.error().contains(file), qPrintable(written.error()));
        QCOMPARE(contents(), before);
        QCOMPARE(Snapshot::read(file).ok(), true);
        QCOMPARE(QDir(m_fullDisk).entryList(QDir::Files | QDir::Hidden),
                 QStringList({u"filler"_s, u"shop.json"_s}));
        QFile::remove(file);
    }

    void aGoodWriteStillSaysWrote()
    {
        const QString file = m_dir.filePath(u"report.html"_s);
        const Run run = runWithStdoutTo(m_dir.filePath(u"stdout.txt"_s),
                                        {u"audit"_s, u"--demo"_s, u"--format"_s, u"html"_s,
                                         u"--fail-on"_s, u"never"_s, u"--output"_s, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("Wrote"), run.err.constData());
        QVERIFY(QFileInfo(file).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cli_writes.moc"
