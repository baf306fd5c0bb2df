// Remote text with markup is shown literally in every widget that shows it (docs/design.md §6): an
// account and a status feed whose every string carries HTML are put on screen, then every label,
// tooltip, item view, text view and chart of the window is searched. A string that Qt would
// render as rich text (a label in RichText or AutoText format that looks like HTML, any tooltip
// that looks like HTML, any chart text: Qt Charts renders its labels as HTML) fails the test.
#include "accountsession.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "statusbanner.h"
#include "statusfeeddialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegendMarker>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {

const QString bold = u"<b>bold</b>"_s;
const QString image = u"<img src=x>"_s;
const QString italic = u"<i>it</i>"_s;

bool hasMarkup(const QString &text)
{
    return text.contains(bold) || text.contains(image) || text.contains(italic);
}

// Every place a string reaches the screen, and whether Qt would interpret it as HTML.
class Sweep
{
public:
    QStringList problems;
    int literal = 0; // remote strings found, shown as the characters they are

    void widgetTree(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            const QString where =
                QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
            tooltip(where, w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w))
                this->label(where, label);
            if (auto *view = qobject_cast<QAbstractItemView *>(w))
                model(where, view->model(), QModelIndex());
            if (auto *edit = qobject_cast<QTextEdit *>(w))
                text(where, edit);
            if (auto *chartView = qobject_cast<QChartView *>(w))
                chart(where, chartView->chart());
        }
    }

    void model(const QString &where, const QAbstractItemModel *m, const QModelIndex &parent)
    {
        if (!m)
            return;
        for (int r = 0; r < m->rowCount(parent); ++r) {
            for (int c = 0; c < m->columnCount(parent); ++c) {
                const QModelIndex i = m->index(r, c, parent);
                if (hasMarkup(m->data(i, Qt::DisplayRole).toString()))
                    ++literal; // item views paint DisplayRole as plain text
                tooltip(where + u" item"_s, m->data(i, Qt::ToolTipRole).toString());
            }
            model(where, m, m->index(r, 0, parent));
        }
    }

private:
    void tooltip(const QString &where, const QString &tip)
    {
        if (!hasMarkup(tip))
            return;
        if (Qt::mightBeRichText(tip))
            problems.append(where + u": tooltip rendered as HTML: "_s + tip);
        else
            ++literal;
    }

    void label(const QString &where, QLabel *l)
    {
        const QString t = l->text();
        if (!hasMarkup(t))
            return;
        const bool rich = l->textFormat() == Qt::RichText ||
                          (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(t));
        if (rich)
            problems.append(where + u": label rendered as HTML: "_s + t);
        else
            ++literal;
    }

    void text(const QString &where, QTextEdit *e)
    {
        const QString plain = e->toPlainText();
        const QString html = e->toHtml();
        if (html.contains(u"<img"_s))
            problems.append(where + u": text view holds an image from remote text"_s);
        if (plain.contains(u"bold"_s) && !hasMarkup(plain) && !html.contains(u"&lt;b&gt;"_s))
            problems.append(where + u": text view interpreted remote markup"_s);
        if (hasMarkup(plain))
            ++literal;
    }

    void chart(const QString &where, QChart *c)
    {
        if (!c)
            return;
        chartText(where + u" title"_s, c->title());
        for (QAbstractAxis *axis : c->axes()) {
            chartText(where + u" axis title"_s, axis->titleText());
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                for (const QString &s : categories->categories())
                    chartText(where + u" axis label"_s, s);
        }
        for (QLegendMarker *marker : c->legend()->markers())
            chartText(where + u" legend"_s, marker->label());
        for (QAbstractSeries *series : c->series()) {
            chartText(where + u" series"_s, series->name());
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    chartText(where + u" bar set"_s, set->label());
        }
    }

    // Qt Charts draws every text as HTML: remote text must arrive escaped.
    void chartText(const QString &where, const QString &t)
    {
        if (hasMarkup(t))
            problems.append(where + u": chart text rendered as HTML: "_s + t);
        else if (t.contains(u"&lt;"_s))
            ++literal;
    }
};

Inventory markupInventory()
{
    Inventory inv;
    inv.user.username = u"alice"_s;
    inv.user.firstName = bold;
    inv.user.lastName = image;
    inv.source = u"https://api.example.com/"_s + italic;
    inv.fetchedAt = QDateTime::currentDateTimeUtc();
    const QString dcA = u"Amazon-us-east-1a"_s;
    const QString dcB = u"rack"_s + bold; // a datacenter name that does not parse
    inv.datacenters = {Datacenter::fromName(dcA), Datacenter::fromName(dcB)};
    Application app;
    app.name = u"shop"_s + bold;
    app.flavor = u"live"_s;
    app.createdAt = inv.fetchedAt.addDays(-30);
    for (const QString &type : QStringList{u"python"_s, u"mysql"_s, QString(u"custom"_s + image)}) {
        Service svc;
        svc.name = type.left(5) + italic;
        svc.serviceType = type;
        svc.detailLoaded = true;
        svc.domains = {u"www.example.com"_s + bold};
        for (int i = 0; i < 2; ++i) {
            Instance inst;
            inst.instanceId = i;
            inst.datacenter = i == 0 ? dcA : dcB;
            inst.host = u"node-"_s + image;
            inst.containerName = u"c"_s + bold;
            inst.imageVersion = italic;
            inst.revision = bold;
            inst.ports = {{u"http"_s + bold, u"tcp://node:80/"_s + image}};
            svc.instances.append(inst);
        }
        svc.instanceCount = int(svc.instances.size());
        app.services.append(svc);
    }
    inv.applications.append(app);
    Application broken;
    broken.name = u"api"_s + image;
    broken.flavor = u"sandbox"_s;
    Service failed;
    failed.name = u"db"_s + bold;
    failed.serviceType = u"postgresql"_s;
    failed.instanceCount = 1;
    failed.fetchError = u"The platform said: "_s + image;
    broken.services.append(failed);
    inv.applications.append(broken);
    inv.errors.append({broken.name, failed.name, failed.fetchError});
    return inv;
}

StatusSnapshot markupStatus()
{
    StatusSnapshot s;
    s.indicator = u"major"_s;
    s.outageFlag = true;
    s.description = u"Outage "_s + bold + image;
    s.lastSuccess = QDateTime::currentDateTimeUtc();
    s.updatedAt = s.lastSuccess;
    s.components = {{u"Amazon-us-east-1a"_s, u"major_outage"_s, QString(), QString()},
                    {u"API "_s + bold, u"degraded_performance"_s, QString(), QString()}};
    IncidentUpdate u;
    u.id = u"1"_s;
    u.createdAt = s.lastSuccess.addSecs(-60);
    u.incident = {u"inc-1"_s,
                  u"Power "_s + italic,
                  u"investigating"_s,
                  u"major"_s,
                  u.createdAt,
                  u.createdAt,
                  u"https://status.example.com/"_s + bold};
    u.body = bold + image;
    u.affected = {u"Amazon-us-east-1a"_s, u"API "_s + bold};
    s.incidents = {u.incident};
    s.updates = {u};
    return s;
}

} // namespace

class TestSecurityGui : public QObject
{
    Q_OBJECT

private:
    static void report(const Sweep &sweep)
    {
        QVERIFY2(sweep.problems.isEmpty(), qPrintable(sweep.problems.join(u'\n')));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"scaling-advisor-security-test"_s);
        QCoreApplication::setApplicationName(u"scaling-advisor-security-test"_s);
    }

    void statusTextIsShownLiterally()
    {
        StatusBanner banner;
        banner.setSnapshot(markupStatus());
        banner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        StatusFeedDialog feed;
        feed.setSnapshot(markupStatus());
        feed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&feed));
        Sweep sweep;
        sweep.widgetTree(&banner);
        sweep.widgetTree(&feed);
        report(sweep);
        QVERIFY2(sweep.literal > 0, "the remote strings reached the screen");
    }

    void inventoryTextIsShownLiterally()
    {
        MemoryCredentialStore store;
        MainWindow window(&store);
        window.setSnapshotCaching(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showInventory(markupInventory(), DataAge::Origin::Snapshot);
        const Inventory shown = window.session()->inventory();
        QCOMPARE(shown.applications.size(), 2);
        // Visit every tab with each application selected, so that charts and details fill in.
        QTabWidget *tabs = window.findChild<QTabWidget *>();
        Sweep sweep;
        for (const Application &app : shown.applications) {
            for (const Service &svc : app.services) {
                window.selectApplication(app.name, svc.name);
                for (int t = 0; tabs && t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QTest::qWait(20);
                    sweep.widgetTree(&window);
                }
            }
        }
        // Every finding's text and tooltip, whatever the view shows at the moment.
        sweep.model(u"findings"_s, window.findChild<FindingsModel *>(u"findingsModel"_s),
                    QModelIndex());
        report(sweep);
        QVERIFY2(sweep.literal > 0, "the remote strings reached the screen");
    }
};

QTEST_MAIN(TestSecurityGui)
#include "tst_security_gui.moc"
