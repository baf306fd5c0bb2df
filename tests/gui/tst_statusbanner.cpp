#include "followedfeedclient.h"
#include "statusbanner.h"
#include "statusfeeddialog.h"
#include "statusimpact.h"

#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using StatusPresentation::Look;

namespace {
StatusSnapshot current(const QString &indicator, bool outage = false)
{
    StatusSnapshot s;
    s.indicator = indicator;
    s.outageFlag = outage;
    s.description = u"Described by the feed"_s;
    s.lastSuccess = QDateTime::currentDateTimeUtc();
    return s;
}
IncidentUpdate markupUpdate()
{
    IncidentUpdate u;
    u.id = u"7"_s;
    u.createdAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    u.incident = {u"inc-7"_s, u"<i>Name</i>"_s, u"investigating"_s, u"minor"_s, {}, {}, {}};
    u.body = u"<b>bold</b><img src=x>"_s;
    u.affected = {u"Amazon-us-east-1a"_s};
    return u;
}
void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SA_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_s;
    QDir().mkpath(dir);
    w.resize(760, w.sizeHint().height());
    w.resize(760, w.layout()->totalHeightForWidth(760));
    w.grab().save(dir + u"/status-banner-"_s + name + u".png"_s);
}
} // namespace

class TestStatusBanner : public QObject
{
    Q_OBJECT

private slots:
    void eachLevelHasItsColourAndWords_data()
    {
        QTest::addColumn<StatusSnapshot>("snapshot");
        QTest::addColumn<int>("look");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("name");
        QTest::newRow("operational") << current(u"none"_s) << int(Look::Operational)
                                     << u"All systems operational"_s << u"operational"_s;
        QTest::newRow("minor") << current(u"minor"_s) << int(Look::Degraded)
                               << u"Degraded service"_s << u"degraded"_s;
        QTest::newRow("major") << current(u"major"_s) << int(Look::Outage) << u"Platform outage"_s
                               << u"outage"_s;
        QTest::newRow("critical") << current(u"critical"_s) << int(Look::Outage)
                                  << u"Platform outage"_s << QString();
        // The flag alone turns the banner red, whatever the indicator says.
        QTest::newRow("flag-with-minor")
            << current(u"minor"_s, true) << int(Look::Outage) << u"Platform outage"_s << QString();
        QTest::newRow("maintenance") << current(u"maintenance"_s) << int(Look::Maintenance)
                                     << u"Maintenance"_s << u"maintenance"_s;
        StatusSnapshot down = current(u"none"_s);
        down.lastError = u"http://127.0.0.1:1/v1/status: Connection refused"_s;
        down.failingSince = QDateTime::currentDateTimeUtc();
        QTest::newRow("unknown") << down << int(Look::Unknown) << u"Status unknown since"_s
                                 << u"unknown"_s;
        QTest::newRow("never-read")
            << StatusSnapshot() << int(Look::Unknown) << u"Status unknown"_s << QString();
    }
    void eachLevelHasItsColourAndWords()
    {
        QFETCH(StatusSnapshot, snapshot);
        QFETCH(int, look);
        QFETCH(QString, words);
        QFETCH(QString, name);
        StatusBanner banner;
        StatusImpact impact;
        impact.datacenters = {u"Amazon-us-east-1a"_s};
        impact.serviceKeys = {u"shop/www"_s, u"shop/db"_s};
        banner.setImpact(impact);
        IncidentUpdate u = markupUpdate();
        u.incident.name = u"Power loss in Amazon-us-east-1a"_s;
        u.body = u"Instances there are down."_s;
        if (Look(look) == Look::Operational)
            u.incident.status = u"resolved"_s; // a calm banner stays slim
        snapshot.updates = {u};
        banner.setSnapshot(snapshot);
        QCOMPARE(int(banner.look()), look);
        QCOMPARE(banner.backgroundColor(), StatusPresentation::background(Look(look)));
        QVERIFY2(banner.titleText().startsWith(words), qPrintable(banner.titleText()));
        // An icon always goes with the words.
        const auto *icon = banner.findChild<QLabel *>(u"statusBannerIcon"_s);
        QVERIFY(icon && !icon->pixmap().isNull());
        if (Look(look) != Look::Operational && Look(look) != Look::Unknown)
            QCOMPARE(banner.impactText(),
                     u"2 of your services have instances in Amazon-us-east-1a"_s);
        if (Look(look) == Look::Operational) // slim: one line, nothing else
            QVERIFY(banner.findChild<QLabel *>(u"statusBannerDetail"_s)->isHidden());
        if (!name.isEmpty())
            saveScreenshot(banner, name);
    }

    void unknownKeepsTheLastKnownStateVisible()
    {
        StatusSnapshot s = current(u"major"_s);
        s.description = u"Partial System Outage"_s;
        s.lastError = u"status answer: malformed JSON at byte 0"_s;
        s.failingSince = QDateTime::currentDateTimeUtc();
        StatusBanner banner;
        banner.setSnapshot(s);
        QCOMPARE(banner.look(), Look::Unknown);
        QVERIFY(!banner.titleText().contains(u"operational"_s, Qt::CaseInsensitive));
        QVERIFY2(banner.detailText().contains(u"Last known: Partial System Outage"_s),
                 qPrintable(banner.detailText()));
        QVERIFY(banner.detailText().contains(u"malformed JSON"_s));
    }

    void remoteMarkupIsShownAsCharacters()
    {
        StatusSnapshot s = current(u"minor"_s);
        s.updates = {markupUpdate()};
        s.incidents = StatusSnapshot::unresolvedIncidentsFrom(s.updates);
        StatusBanner banner;
        banner.setSnapshot(s);
        QVERIFY2(banner.detailText().contains(u"<i>Name</i>"_s), qPrintable(banner.detailText()));
        for (const QLabel *label : banner.findChildren<QLabel *>())
            if (label->objectName() != "statusBannerIcon"_L1)
                QCOMPARE(label->textFormat(), Qt::PlainText);

        StatusFeedDialog feed;
        feed.setSnapshot(s);
        const QList<QLabel *> bodies = feed.findChildren<QLabel *>(u"statusUpdateBody"_s);
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies[0]->text(), u"<b>bold</b><img src=x>"_s);
        QCOMPARE(bodies[0]->textFormat(), Qt::PlainText);
        const auto *name = feed.findChild<QLabel *>(u"statusIncidentName"_s);
        QVERIFY(name);
        QCOMPARE(name->text(), u"<i>Name</i>"_s);
        QCOMPARE(name->textFormat(), Qt::PlainText);
    }

    void feedGroupsByIncidentAndOpensLinks()
    {
        StatusSnapshot s = current(u"major"_s);
        s.pageUrl = u"https://status.example.com"_s;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto update = [&](const QString &id, const QString &incident, int minutesAgo) {
            IncidentUpdate u;
            u.id = id;
            u.createdAt = now.addSecs(-60 * minutesAgo);
            u.incident = {incident, u"Incident "_s + incident, u"identified"_s, u"major"_s, {}, {},
                          {}};
            u.body = u"body "_s + id;
            return u;
        };
        s.updates = {update(u"4"_s, u"b"_s, 1), update(u"3"_s, u"a"_s, 2),
                     update(u"2"_s, u"b"_s, 3), update(u"1"_s, u"a"_s, 4)};
        s.updates[0].incident.link = u"javascript:alert(1)"_s; // never opened
        StatusFeedDialog feed;
        QList<QUrl> opened;
        feed.setUrlOpener([&opened](const QUrl &url) { opened.append(url); });
        feed.setSnapshot(s);
        const QList<QLabel *> names = feed.findChildren<QLabel *>(u"statusIncidentName"_s);
        QCOMPARE(names.size(), 2);
        QCOMPARE(names[0]->text(), u"Incident b"_s);
        QCOMPARE(feed.findChildren<QLabel *>(u"statusUpdateBody"_s).size(), 4);
        const QList<QPushButton *> links =
            feed.findChildren<QPushButton *>(u"statusIncidentLink"_s);
        QCOMPARE(links.size(), 1); // incident b's link is not a web page
        links[0]->click();
        QCOMPARE(opened, QList<QUrl>{QUrl(u"https://status.example.com/incidents/a"_s)});
    }

    void detailsButtonAsksForTheFeed()
    {
        StatusBanner banner;
        banner.setSnapshot(current(u"minor"_s));
        QSignalSpy spy(&banner, &StatusBanner::detailsRequested);
        auto *button = banner.findChild<QPushButton *>(u"statusBannerDetails"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(spy.count(), 1);
    }

    // The outage banner as a user sees it: one headline, the page's words as a quote, the
    // applications down there with the What-if button, the services there; the calm, maintenance
    // and unknown banners beside it (screenshots in SA_BINARY_DIR/screenshots).
    void realisticStates()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // as a user's
        const QDateTime now = QDateTime::currentDateTimeUtc();
        StatusSnapshot outage = current(u"major"_s);
        outage.description = u"Partial System Outage"_s;
        outage.components = {{u"Amazon-us-east-1a"_s, u"major_outage"_s, u"Datacenters"_s, {}}};
        IncidentUpdate u;
        u.id = u"9"_s;
        u.createdAt = now.addSecs(-180);
        u.incident = {
            u"dc-1"_s, u"Amazon-us-east-1a unavailable"_s, u"investigating"_s, u"major"_s, {}, {},
            {}};
        u.body = u"Instances in Amazon-us-east-1a are unreachable."_s;
        u.affected = {u"Amazon-us-east-1a"_s};
        outage.updates = {u};
        outage.incidents = {u.incident};
        StatusImpact impact;
        impact.datacenters = {u"Amazon-us-east-1a"_s};
        impact.serviceKeys = {u"api/www"_s, u"blog/www"_s, u"crm/db"_s};
        impact.losses = {{u"Amazon-us-east-1a"_s, {u"api"_s, u"blog"_s, u"crm"_s}}};

        StatusBanner banner;
        QSignalSpy whatIf(&banner, &StatusBanner::whatIfRequested);
        QSignalSpy summary(&banner, &StatusBanner::summaryChanged);
        banner.setSnapshot(outage);
        banner.setImpact(impact);
        QCOMPARE(banner.titleText(), u"Platform outage"_s);
        QVERIFY2(banner.detailText().startsWith(u"The page says: “Partial System Outage”"_s),
                 qPrintable(banner.detailText()));
        QVERIFY(!banner.detailText().contains(u"Platform outage"_s)); // never a second headline
        QCOMPARE(banner.downText(), u"api, blog and crm are down in Amazon-us-east-1a"_s);
        QVERIFY(banner.summaryText().contains(banner.downText()));
        QVERIFY(!summary.isEmpty());
        QCOMPARE(summary.last().first().toString(), banner.summaryText());
        auto *button = banner.findChild<QPushButton *>(u"statusBannerWhatIf"_s);
        QVERIFY(button->isVisibleTo(&banner));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(whatIf.count(), 1);
        QCOMPARE(whatIf.first().first().toString(), u"Amazon-us-east-1a"_s);
        saveScreenshot(banner, u"outage-down-applications"_s);

        // Degraded: the same applications would go down, said as such.
        StatusSnapshot degraded = outage;
        degraded.indicator = u"minor"_s;
        degraded.incidents.first().impact = u"minor"_s;
        banner.setSnapshot(degraded);
        QCOMPARE(banner.downText(),
                 u"api, blog and crm would go down if Amazon-us-east-1a failed"_s);
        saveScreenshot(banner, u"degraded-would-go-down"_s);

        // Maintenance running and one coming: apart from incidents, with local time and zone.
        StatusSnapshot maintenance = current(u"maintenance"_s);
        maintenance.description = u"Service Under Maintenance"_s;
        StatusMaintenance running;
        running.id = u"m1"_s;
        running.name = u"Database upgrade in Amazon-us-east-1c"_s;
        running.status = u"in_progress"_s;
        running.scheduledFor = now.addSecs(-1800);
        running.scheduledUntil = now.addSecs(3600);
        StatusMaintenance next = running;
        next.id = u"m2"_s;
        next.name = u"Network maintenance"_s;
        next.status = u"scheduled"_s;
        next.scheduledFor = now.addSecs(5 * 3600);
        maintenance.maintenances = {running, next};
        banner.setImpact({});
        banner.setSnapshot(maintenance);
        QCOMPARE(int(banner.look()), int(Look::Maintenance));
        QCOMPARE(banner.titleText(), u"Maintenance in progress"_s);
        QVERIFY2(banner.detailText().contains(u"Database upgrade in Amazon-us-east-1c, until"_s),
                 qPrintable(banner.detailText()));
        QVERIFY2(banner.detailText().contains(u"Upcoming maintenance: Network maintenance"_s),
                 qPrintable(banner.detailText()));
        QVERIFY(!banner.detailText().contains(u"Latest:"_s)); // a maintenance is no incident
        saveScreenshot(banner, u"maintenance-in-progress"_s);

        // Unknown: grey, since when (with its zone and age), Check now offered.
        StatusSnapshot unknown = outage;
        unknown.source = u"https://status.example.com"_s;
        unknown.lastError = u"status.example.com: connection refused"_s;
        unknown.failingSince = now.addSecs(-240);
        QSignalSpy check(&banner, &StatusBanner::checkNowRequested);
        banner.setSnapshot(unknown);
        QVERIFY2(banner.titleText().startsWith(u"Status unknown since"_s),
                 qPrintable(banner.titleText()));
        QVERIFY2(banner.titleText().contains(u"(4 min ago)"_s), qPrintable(banner.titleText()));
        QVERIFY(banner.downText().isEmpty()); // stale data names nobody
        auto *checkNow = banner.findChild<QPushButton *>(u"statusBannerCheckNow"_s);
        QVERIFY(checkNow->isVisibleTo(&banner));
        QTest::mouseClick(checkNow, Qt::LeftButton);
        QCOMPARE(check.count(), 1);
        saveScreenshot(banner, u"unknown-check-now"_s);

        StatusSnapshot calm = current(u"none"_s);
        calm.description = u"All Systems Operational"_s;
        calm.maintenances = {next};
        banner.setSnapshot(calm);
        QCOMPARE(banner.titleText(), u"All systems operational"_s);
        QVERIFY(!banner.findChild<QPushButton *>(u"statusBannerCheckNow"_s)->isVisibleTo(&banner));
        saveScreenshot(banner, u"operational-upcoming-maintenance"_s);
    }

    // The feed dialog: maintenance apart with its window, incidents with their paragraphs, the
    // other feeds with their own state.
    void feedDialogShowsMaintenanceAndOtherFeeds()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        StatusSnapshot s = current(u"minor"_s);
        s.description = u"Partially Degraded Service"_s;
        s.components = {
            {u"MMS"_s, u"degraded_performance"_s, u"Programmable Messaging"_s, u"c1"_s}};
        IncidentUpdate u = markupUpdate();
        u.incident.name = u"Delayed MMS delivery"_s;
        u.body = u"We are investigating delays.\r\n\r\nMessages are queued, not lost."_s;
        u.affected = {u"MMS"_s};
        s.updates = {u};
        s.incidents = {u.incident};
        StatusMaintenance m;
        m.id = u"m1"_s;
        m.name = u"Carrier maintenance"_s;
        m.status = u"scheduled"_s;
        m.scheduledFor = now.addDays(2);
        m.scheduledUntil = now.addDays(2).addSecs(7200);
        m.components = {u"MMS"_s};
        s.maintenances = {m};

        FollowedFeedState github;
        github.feed = {u"GitHub"_s, QUrl(u"https://www.githubstatus.com"_s),
                       FollowedFeed::Kind::Statuspage};
        github.page = current(u"none"_s);
        github.page.description = u"All Systems Operational"_s;
        github.lastSuccess = now;
        FollowedFeedState aws;
        aws.feed = {u"AWS"_s, QUrl(u"https://status.aws.amazon.com/rss/all.rss"_s),
                    FollowedFeed::Kind::Feed};
        aws.lastError = u"status.aws.amazon.com: connection refused"_s;

        StatusFeedDialog feed;
        feed.setFollowedFeeds({github, aws});
        feed.setSnapshot(s);
        QCOMPARE(
            feed.followedFeedLines(),
            (QStringList{u"GitHub: All systems operational"_s,
                         u"AWS: status unknown — status.aws.amazon.com: connection refused"_s}));
        auto *window = feed.findChild<QLabel *>(u"statusMaintenanceWindow"_s);
        QVERIFY(window);
        QVERIFY2(window->text().contains(u"(in 2 day"_s), qPrintable(window->text()));
        bool paragraphs = false;
        bool groupName = false;
        for (QLabel *l : feed.findChildren<QLabel *>()) {
            paragraphs = paragraphs || l->text().contains(u"delays.\n\nMessages"_s);
            groupName = groupName || l->text() == u"Affects: Programmable Messaging › MMS"_s;
        }
        QVERIFY(paragraphs);
        QVERIFY(groupName);
        feed.resize(600, 640);
        const QString dir =
            qEnvironmentVariable("SA_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_s;
        QDir().mkpath(dir);
        feed.grab().save(dir + u"/status-feed-dialog.png"_s);
    }
};

QTEST_MAIN(TestStatusBanner)
#include "tst_statusbanner.moc"
