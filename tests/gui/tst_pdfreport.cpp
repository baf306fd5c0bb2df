#include "guitestdata.h"
#include "pdfreport.h"
#include "reportchart.h"
#include "rulesengine.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// The PDF report as a customer reads it: its text is checked through pdftotext (poppler-utils),
// the tool anyone would use to search or quote it.
class TestPdfReport : public QObject
{
    Q_OBJECT

private:
    Inventory m_inv = GuiTestData::inventory();
    AuditReport m_audit = RulesEngine().audit(m_inv);
    QTemporaryDir m_dir;

    // The text of the PDF, page by page (pdftotext separates pages with a form feed).
    QStringList pdfPages(const QByteArray &pdf, bool layout = true)
    {
        const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (tool.isEmpty())
            qFatal("pdftotext is missing: install poppler-utils (scripts/install-deps)");
        const QString path = m_dir.filePath(u"report.pdf"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            return {};
        f.close();
        QProcess p;
        p.start(tool, layout ? QStringList{u"-layout"_s, path, u"-"_s} : QStringList{path, u"-"_s});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).split(u'\f', Qt::SkipEmptyParts);
    }

    // pdftotext keeps the columns of a line apart with runs of spaces.
    static QString squeezed(QString s) { return s.replace(QRegularExpression(u"\\s+"_s), u" "_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The markup-named application must be read as text, not as markup.
        QVERIFY(m_audit.summary.danger > 0);
    }

    void pageOneHasTheSummaryTheGradeAndTheChart()
    {
        const Result<QByteArray> pdf = PdfReport::render(m_inv, m_audit);
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        QVERIFY(pdf->startsWith("%PDF-"));
        const QStringList pages = pdfPages(*pdf);
        QVERIFY(pages.size() >= 2);
        const QString one = squeezed(pages.first());
        // The account's size as one line, each number apart from its word.
        QVERIFY2(QRegularExpression(u"4 application(s|\\(s\\)), 6 service(s|\\(s\\)), 10 "
                                    "instance(s|\\(s\\))"_s)
                     .match(one)
                     .hasMatch(),
                 qPrintable(one));
        QVERIFY2(one.contains(u"Findings: %1 serious, %2 to improve"_s.arg(m_audit.summary.danger)
                                  .arg(m_audit.summary.warning)),
                 qPrintable(one));
        // The resilience headline, as core words it, before anything else is explained.
        // In reading order (not the page's columns): the headline is one paragraph.
        const QString flowing = squeezed(pdfPages(*pdf, false).value(0));
        const QString headline = squeezed(m_audit.resilience.headline());
        QVERIFY2(flowing.contains(headline), qPrintable(headline + u"\n---\n"_s + flowing));
        QVERIFY(flowing.indexOf(headline) < flowing.indexOf(u"What to do first"_s));
        // The grade is a letter of its own, named as the grade.
        QVERIFY(one.contains(u"Grade"_s));
        QVERIFY(
            QRegularExpression(u"(^| )%1( |$)"_s.arg(m_audit.summary.grade)).match(one).hasMatch());
        QVERIFY(one.contains(u"score %1/100"_s.arg(m_audit.summary.score)));
        // The chart is drawn, its labels text: every datacenter, the empty one included, with
        // its count, and a legend naming the applications.
        QVERIFY(one.contains(u"Where your instances run"_s));
        for (const QString &dc : {GuiTestData::dcA, GuiTestData::dcB, GuiTestData::dcC})
            QVERIFY2(one.contains(dc), qPrintable(dc));
        QVERIFY2(one.contains(GuiTestData::dcEmpty + u" 0"_s), qPrintable(one));
        for (const QString &app : {u"shop"_s, u"api"_s, u"blog"_s})
            QVERIFY2(one.contains(u' ' + app + u' ') || one.endsWith(u' ' + app), qPrintable(app));
        QVERIFY2(one.contains(u"Page 1 of %1"_s.arg(pages.size())), qPrintable(one));
    }

    void tablesAndListsKeepTheirWordsApart()
    {
        const Result<QByteArray> pdf = PdfReport::render(m_inv, m_audit);
        QVERIFY(pdf.ok());
        const QString all = pdfPages(*pdf).join(u'\n');
        QVERIFY(!all.contains(u"ServiceType"_s));
        QVERIFY(
            QRegularExpression(u"Service\\s+Type\\s+Instances\\s+Where"_s).match(all).hasMatch());
        // "db  mysql  2": cells stay apart.
        QVERIFY2(QRegularExpression(u"db\\s+mysql\\s+2\\s+2 × Amazon-us-east-1a"_s)
                     .match(all)
                     .hasMatch(),
                 qPrintable(all));
        // Remote names are shown as the characters they are.
        QVERIFY(all.contains(GuiTestData::markupApp));
        // The sandbox migration steps are their own list, not a continuation of another.
        QVERIFY2(QRegularExpression(u"\\ba\\. Create a Live application"_s).match(all).hasMatch(),
                 qPrintable(all));
        QVERIFY(!QRegularExpression(u"\\d+\\. \\d+\\. "_s).match(all).hasMatch());
        // Rule documentation as an address anyone can open.
        QVERIFY(
            all.contains(u"https://example.org/scaling-advisor/docs/rules.md#sandbox-flavor"_s));
        QVERIFY(!QRegularExpression(u"(?<!/)docs/rules\\.md"_s).match(all).hasMatch());
        // No ligatures: words copied out of the PDF are the words typed.
        QVERIFY(!all.contains(QChar(0xFB01)) && !all.contains(QChar(0xFB02)));
    }

    void chartCountsEveryInstanceOnce()
    {
        const ReportChart chart(m_inv);
        QCOMPARE(chart.rows().size(), 4);
        int total = 0;
        for (const ReportChart::Row &r : chart.rows())
            total += r.total;
        QCOMPARE(total, m_inv.instanceCount());
        QCOMPARE(chart.sets().size(), m_inv.applications.size());
    }

    void largeAccountsShareTheGreyStack()
    {
        Inventory big = m_inv;
        for (int i = 0; i < 30; ++i) {
            Application a;
            a.name = u"app%1"_s.arg(i);
            a.flavor = u"live"_s;
            a.services = {GuiTestData::service(
                u"www"_s, u"python"_s, {GuiTestData::instance(0, GuiTestData::dcA, u"h"_s)})};
            big.applications.append(a);
        }
        const ReportChart chart(big);
        QCOMPARE(chart.sets().size(), ReportChart::maxSets);
        // Every own colour differs from the others.
        QSet<QRgb> colours;
        for (const ReportChart::Set &s : chart.sets())
            colours.insert(s.colour.rgb());
        QCOMPARE(colours.size(), chart.sets().size());
        int total = 0;
        for (const ReportChart::Row &r : chart.rows())
            total += r.total;
        QCOMPARE(total, big.instanceCount());
    }

    void theCommandLineWritesTheSamePagesWithoutADisplay()
    {
        const QString binary =
            qEnvironmentVariable("SA_BINARY_DIR") + u"/src/app/scaling-advisor"_s;
        QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
        const QString out = m_dir.filePath(u"cli.pdf"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.start(binary, {u"audit"_s, u"--demo"_s, u"--format"_s, u"pdf"_s, u"--output"_s, out});
        QVERIFY(p.waitForFinished(120000));
        // 3: the demo account has serious findings; the report is written all the same.
        QCOMPARE(p.exitCode(), 3);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString one = squeezed(pdfPages(f.readAll()).value(0));
        QVERIFY2(
            QRegularExpression(u"\\d+ of 12 applications survive the loss of any one datacenter"_s)
                .match(one)
                .hasMatch(),
            qPrintable(one));
        QVERIFY2(QRegularExpression(u"12 application(s|\\(s\\)), 29 service(s|\\(s\\)), 59 "
                                    "instance(s|\\(s\\))"_s)
                     .match(one)
                     .hasMatch(),
                 qPrintable(one));
        QVERIFY(one.contains(u"Amazon-us-east-1a"_s));
    }

    // A finding's box is never cut by a page break: each page holds whole boxes, from the badge
    // to the rule's address. Laid out as they come, boxes of the demo account would straddle
    // pages 3 and 4, and 6 and 7.
    void findingBoxesStayOnOnePage()
    {
        const QString binary =
            qEnvironmentVariable("SA_BINARY_DIR") + u"/src/app/scaling-advisor"_s;
        QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
        const QString out = m_dir.filePath(u"boxes.pdf"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s); // the badges' English words
        p.setProcessEnvironment(env);
        p.start(binary, {u"audit"_s, u"--demo"_s, u"--format"_s, u"pdf"_s, u"--fail-on"_s,
                         u"never"_s, u"--output"_s, out});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList pages = pdfPages(f.readAll(), false);
        QVERIFY(pages.size() >= 3);
        static const QRegularExpression badge(
            u"(^|\\s)(SERIOUS|TO IMPROVE|FOR INFORMATION|ACCEPTED)(\\s|$)"_s);
        qsizetype boxes = 0;
        for (qsizetype n = 0; n < pages.size(); ++n) {
            qsizetype starts = 0;
            for (auto it = badge.globalMatch(pages[n]); it.hasNext(); it.next())
                ++starts;
            const qsizetype ends = pages[n].count(u"About this rule:"_s);
            QVERIFY2(
                starts == ends,
                qPrintable(
                    u"page %1: %2 box(es) begin, %3 end\n%4"_s.arg(n + 1).arg(starts).arg(ends).arg(
                        pages[n])));
            boxes += ends;
        }
        QCOMPARE(boxes, 15); // every finding of the demo account
    }

    // The placement chart moves to the next page whole when it does not fit: its heading and
    // introduction must move with it, not stay behind at the foot of the page before.
    void chartStaysWithItsHeading_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("legend");
        QTest::newRow("en") << u"en_US.UTF-8"_s << u"Where your instances run"_s
                            << u"other applications"_s;
        QTest::newRow("de") << u"de_DE.UTF-8"_s << u"Wo Ihre Instanzen laufen"_s
                            << u"weitere Anwendungen"_s;
    }

    void chartStaysWithItsHeading()
    {
        QFETCH(QString, lang);
        QFETCH(QString, heading);
        QFETCH(QString, legend);
        const QString binary =
            qEnvironmentVariable("SA_BINARY_DIR") + u"/src/app/scaling-advisor"_s;
        QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
        const QString out = m_dir.filePath(u"chart-"_s + lang + u".pdf"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"LANG"_s, lang);
        p.setProcessEnvironment(env);
        p.start(binary, {u"audit"_s, u"--demo"_s, u"--format"_s, u"pdf"_s, u"--fail-on"_s,
                         u"never"_s, u"--output"_s, out});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList pages = pdfPages(f.readAll(), false);
        qsizetype headingPage = -1;
        qsizetype legendPage = -1;
        for (qsizetype n = 0; n < pages.size(); ++n) {
            const QString text = squeezed(pages[n]);
            if (headingPage < 0 && text.contains(heading))
                headingPage = n;
            if (legendPage < 0 && text.contains(legend))
                legendPage = n;
        }
        QVERIFY2(headingPage >= 0, qPrintable(heading));
        QVERIFY2(legendPage >= 0, qPrintable(legend));
        QCOMPARE(legendPage + 1, headingPage + 1); // as page numbers
    }

    void emptyAccountStillMakesAReport()
    {
        Inventory empty;
        empty.user.username = u"nobody"_s;
        const Result<QByteArray> pdf = PdfReport::render(empty, RulesEngine().audit(empty));
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        const QString one = squeezed(pdfPages(*pdf).value(0));
        QVERIFY(one.contains(u"Nothing urgent"_s));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
