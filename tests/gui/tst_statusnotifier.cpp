#include "statusnotifier.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QDateTime t0 = QDateTime(QDate(2012, 6, 30), QTime(3, 0), QTimeZone::utc());

StatusSnapshot snapshot(const QString &indicator, bool outage = false)
{
    StatusSnapshot s;
    s.indicator = indicator;
    s.outageFlag = outage;
    s.description = u"desc"_s;
    s.components = {{u"Amazon-us-east-1a"_s, u"operational"_s},
                    {u"Amazon-us-east-1b"_s, u"operational"_s}};
    s.lastSuccess = t0;
    return s;
}
StatusSnapshot unreachable(StatusSnapshot s)
{
    s.lastError = u"connection refused"_s;
    s.failingSince = t0;
    return s;
}
StatusSnapshot withUpdate(StatusSnapshot s, const QString &id, const QStringList &affected)
{
    IncidentUpdate u;
    u.id = id;
    u.createdAt = t0.addSecs(id.toInt());
    u.incident = {u"inc-"_s + id, u"Incident "_s + id, u"investigating"_s, u"none"_s, {}, {}, {}};
    u.body = u"text "_s + id;
    u.affected = affected;
    s.updates.prepend(u);
    return s;
}
} // namespace

class TestStatusNotifier : public QObject
{
    Q_OBJECT

private slots:
    void levelChangeNotifiesOnceAndRepeatedPollsDoNot()
    {
        StatusNotifier n;
        QVERIFY(!n.consider(snapshot(u"none"_s), t0)); // baseline: the banner shows it
        QVERIFY(!n.consider(snapshot(u"none"_s), t0.addSecs(60)));
        const auto major = n.consider(snapshot(u"major"_s), t0.addSecs(120));
        QVERIFY(major);
        QVERIFY2(major->title.contains(u"Platform outage"_s), qPrintable(major->title));
        QCOMPARE(major->level, StatusLevel::Major);
        for (int poll = 0; poll < 5; ++poll)
            QVERIFY(!n.consider(snapshot(u"major"_s), t0.addSecs(180 + 60 * poll)));
        QVERIFY(n.consider(snapshot(u"none"_s), t0.addSecs(600))); // recovery is a change too
    }

    void outageFlagAloneIsAChange()
    {
        StatusNotifier n;
        n.consider(snapshot(u"minor"_s), t0);
        QVERIFY(n.consider(snapshot(u"minor"_s, true), t0.addSecs(60)));
    }

    void unknownTransitionsAreSilent()
    {
        StatusNotifier n;
        n.consider(snapshot(u"none"_s), t0);
        QVERIFY(!n.consider(unreachable(snapshot(u"none"_s)), t0.addSecs(60)));
        QVERIFY(!n.consider(unreachable(snapshot(u"none"_s)), t0.addSecs(120)));
        QVERIFY(!n.consider(snapshot(u"none"_s), t0.addSecs(180))); // back, nothing changed
        // Never-read (no data at all) is unknown too.
        QVERIFY(!n.consider(StatusSnapshot(), t0.addSecs(200)));
        // A real change that happened while unreachable is still told once.
        QVERIFY(!n.consider(unreachable(snapshot(u"none"_s)), t0.addSecs(240)));
        QVERIFY(n.consider(snapshot(u"major"_s), t0.addSecs(300)));
    }

    void newUpdateNotifiesOnce()
    {
        StatusNotifier n;
        StatusSnapshot s = withUpdate(snapshot(u"minor"_s), u"1"_s, {});
        n.consider(s, t0);
        s = withUpdate(s, u"2"_s, {u"Amazon-us-east-1a"_s});
        const auto told = n.consider(s, t0.addSecs(60));
        QVERIFY(told);
        QCOMPARE(told->title, u"Status update: Incident 2"_s);
        QVERIFY(told->message.contains(u"text 2"_s));
        QVERIFY(!n.consider(s, t0.addSecs(120)));
        s = withUpdate(withUpdate(s, u"3"_s, {}), u"4"_s, {});
        const auto two = n.consider(s, t0.addSecs(180));
        QVERIFY(two);
        QCOMPARE(two->title, u"2 new status updates"_s);
    }

    void muteSilencesWithoutALaterBurst()
    {
        StatusNotifier n;
        n.consider(snapshot(u"none"_s), t0);
        n.muteUntil(t0.addSecs(3600));
        QVERIFY(n.isMuted(t0.addSecs(10)));
        QVERIFY(!n.consider(withUpdate(snapshot(u"major"_s), u"1"_s, {}), t0.addSecs(60)));
        // After the mute, what happened during it is not replayed…
        QVERIFY(!n.consider(withUpdate(snapshot(u"major"_s), u"1"_s, {}), t0.addSecs(3700)));
        // …but the next change is told.
        QVERIFY(n.consider(withUpdate(snapshot(u"none"_s), u"1"_s, {}), t0.addSecs(3800)));
    }

    void followedComponentsFilter()
    {
        StatusNotifier n;
        n.setFollowedComponents({u"Amazon-us-east-1a"_s});
        StatusSnapshot s = snapshot(u"none"_s);
        n.consider(s, t0);
        // An update about another zone, and the page's level moving: not followed.
        s = withUpdate(s, u"1"_s, {u"Amazon-us-east-1b"_s});
        s.indicator = u"minor"_s;
        s.components[1].status = u"partial_outage"_s;
        QVERIFY(!n.consider(s, t0.addSecs(60)));
        // An update about the followed zone.
        s = withUpdate(s, u"2"_s, {u"Amazon-us-east-1a"_s});
        QVERIFY(n.consider(s, t0.addSecs(120)));
        // The followed component changes status.
        s.components[0].status = u"major_outage"_s;
        const auto changed = n.consider(s, t0.addSecs(180));
        QVERIFY(changed);
        QVERIFY2(changed->message.contains(u"Amazon-us-east-1a: major outage"_s),
                 qPrintable(changed->message));
    }
};

QTEST_GUILESS_MAIN(TestStatusNotifier)
#include "tst_statusnotifier.moc"
