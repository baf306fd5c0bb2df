#include "rulesengine.h"

#include "shellquote.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
// The catalogue's prose (advice, migration, note) is written in English in
// resources/service-types.json and translated where it is shown.
QString catalogueText(const QString &text)
{
    return text.isEmpty()
               ? text
               : QCoreApplication::translate("ServiceCatalogue", text.toUtf8().constData());
}

struct RuleDef
{
    const char *id;
    Severity severity;
};

// docs/design.md §4, in catalogue order. Ids are a public contract.
constexpr RuleDef kRules[] = {
    {"sandbox-flavor", Severity::Danger},  {"single-instance", Severity::Danger},
    {"single-host", Severity::Danger},     {"single-zone", Severity::Danger},
    {"zone-imbalance", Severity::Warning}, {"mongodb-even-members", Severity::Warning},
    {"no-ha-support", Severity::Warning},  {"instances-down", Severity::Warning},
    {"custom-tcp-ports", Severity::Info},  {"single-region", Severity::Info},
};

int ruleOrder(const QString &id)
{
    int i = 0;
    for (const RuleDef &r : kRules) {
        if (id == QLatin1StringView(r.id))
            return i;
        ++i;
    }
    return i;
}

// The most instances a type accepts: MongoDB 5, a master/slave pair 2, the rest unbounded here.
int maxInstances(const ServiceTypeInfo &info)
{
    switch (info.scaling) {
    case ServiceTypeInfo::Scaling::MasterSlave:
        return 2;
    case ServiceTypeInfo::Scaling::ReplicaSet:
        return 5;
    case ServiceTypeInfo::Scaling::None:
        return 1;
    case ServiceTypeInfo::Scaling::Horizontal:
        break;
    }
    return 1'000'000;
}

// Names from the platform go into prose as visible text: no control character, no bidi
// override (commands keep the exact names, quoted for the shell).
QString shown(const QString &name)
{
    return TerminalText::sanitize(name);
}

} // namespace

QString RulesEngine::statusWord(const QString &status)
{
    if (status == u"up"_s)
        return RulesEngine::tr("up", "instance status");
    if (status == u"down"_s)
        return RulesEngine::tr("down", "instance status");
    if (status == u"hibernating"_s)
        return RulesEngine::tr("hibernating", "instance status");
    return shown(status);
}

QString RulesEngine::roleWord(const QString &role)
{
    if (role == u"master"_s)
        return RulesEngine::tr("master", "database instance role");
    if (role == u"slave"_s)
        return RulesEngine::tr("slave", "database instance role");
    if (role == u"primary"_s)
        return RulesEngine::tr("primary", "database instance role");
    if (role == u"secondary"_s)
        return RulesEngine::tr("secondary", "database instance role");
    return shown(role);
}

namespace {

// Works through one inventory; collects findings and counts the checks that passed.
class Audit
{
public:
    Audit(const ServiceCatalogue &catalogue, const Inventory &inventory,
          const AuditOptions &options)
        : m_catalogue(catalogue)
        , m_inventory(inventory)
        , m_options(options)
    {
        const DatacenterList all = inventory.allDatacenters();
        m_offeredDatacenters = int(all.size());
        for (const Datacenter &dc : all)
            m_datacenters.insert(dc.name, dc);
    }

    AuditReport run()
    {
        const qsizetype apps = m_inventory.applications.size();
        if (apps < kApplicationsPerChunk * 2) {
            checkApplications(0, apps);
            checkRegion();
            return finish(Resilience::of(m_inventory));
        }
        // A large account uses a second core: it works out the resilience, then both take
        // chunks of applications in turn. Each chunk's findings are put back in the order of
        // the applications, so the report is the same as when one thread does it all.
        const qsizetype chunks = (apps + kApplicationsPerChunk - 1) / kApplicationsPerChunk;
        QList<FindingList> chunkFindings(chunks);
        // Each thread writes its own elements through the raw array: QList's operator[] would
        // check for a detach from both threads at once.
        FindingList *const found = chunkFindings.data();
        std::atomic<qsizetype> nextChunk{0};
        const auto work = [&](Audit &audit) {
            for (qsizetype c = nextChunk++; c < chunks; c = nextChunk++) {
                audit.checkApplications(c * kApplicationsPerChunk,
                                        std::min(apps, (c + 1) * kApplicationsPerChunk));
                found[c] = std::exchange(audit.m_findings, {});
            }
        };
        Audit helper(m_catalogue, m_inventory, m_options);
        Resilience resilience;
        std::thread second([&] {
            resilience = Resilience::of(m_inventory);
            work(helper);
        });
        work(*this);
        second.join();
        for (FindingList &chunk : chunkFindings)
            m_findings.append(std::move(chunk));
        m_passed += helper.m_passed;
        m_unknownTypes.unite(helper.m_unknownTypes);
        checkRegion();
        return finish(std::move(resilience));
    }

private:
    static constexpr qsizetype kApplicationsPerChunk = 512;

    void checkApplications(qsizetype begin, qsizetype end)
    {
        for (qsizetype a = begin; a < end; ++a) {
            const Application &app = m_inventory.applications.at(a);
            checkApplication(app);
            for (const Service &svc : app.services)
                checkService(app, svc);
        }
    }

    QString scaleCommand(const QString &app, const QString &svc, int n) const
    {
        return ShellQuote::scaleCommand(m_options.cliName, app, svc, n);
    }

    // A rule that applies here and did not fire is a pass. Only the counted rules (danger and
    // warning) are checks; info rules never count.
    void check(bool fired)
    {
        if (!fired)
            ++m_passed;
    }

    void add(const QString &rule, Severity severity, const QString &app, const QString &svc,
             const QString &message, const QString &fix)
    {
        Finding f;
        f.rule = rule;
        f.severity = severity;
        f.application = app;
        f.service = svc;
        f.message = message;
        f.fix = fix;
        f.docLink = RulesEngine::docLink(rule);
        m_findings.append(std::move(f));
    }

    void checkApplication(const Application &app)
    {
        const bool sandbox = app.isSandbox();
        check(sandbox);
        if (!sandbox)
            return;
        add(u"sandbox-flavor"_s, Severity::Danger, app.name, {},
            RulesEngine::tr("\"%1\" is a sandbox application. Sandbox applications cannot be "
                            "scaled, hibernate when idle and run on a best-effort cluster, so "
                            "every service of it has a single instance: when its host or zone "
                            "goes, the whole application goes with it. The flavor is fixed when "
                            "the application is created and cannot be changed after the first "
                            "push.")
                .arg(shown(app.name)),
            RulesEngine::tr("1. Create a Live application: %1.\n2. Push the same code to it: "
                            "%2.\n3. Scale its services (code services to 3 instances, "
                            "MySQL/Redis to 2, MongoDB to 3).\n4. Move your domains and data to "
                            "it, then destroy the sandbox application \"%3\".")
                .arg(
                    ShellQuote::join(
                        {m_options.cliName, u"create"_s, u"-f"_s, u"live"_s, app.name + u"live"_s}),
                    ShellQuote::join({m_options.cliName, u"-A"_s, app.name + u"live"_s, u"push"_s}),
                    shown(app.name)));
    }

    void checkService(const Application &app, const Service &svc)
    {
        const ServiceTypeInfo type = m_catalogue.info(svc.serviceType);
        if (!type.known)
            m_unknownTypes.insert(svc.serviceType);
        const bool placementKnown = svc.placementKnown();
        const int n = placementKnown ? int(svc.instances.size()) : svc.instanceCount;
        const QString unknownNote =
            type.known ? QString()
                       : QString(u' ' + RulesEngine::tr("\"%1\" is not a service type the "
                                                        "advisor knows; it is treated as "
                                                        "stateless.")
                                            .arg(shown(svc.serviceType)));

        // Type rules, from the listed count: they need no placement.
        if (!type.canScale()) {
            check(true);
            add(u"no-ha-support"_s, Severity::Warning, app.name, svc.name,
                RulesEngine::tr("%1 (%2) cannot be made highly available by scaling: the "
                                "platform runs it as one instance only, so when its host or zone "
                                "goes the data service goes with it, and everything that depends "
                                "on it stops.")
                    .arg(shown(svc.name), shown(svc.serviceType)),
                catalogueText(type.migration));
        }
        if (n == 0)
            return; // nothing runs: nothing to place, nothing to lose
        if (type.canScale() && !app.isSandbox()) {
            const bool fired = n == 1;
            check(fired);
            if (fired)
                add(u"single-instance"_s, Severity::Danger, app.name, svc.name,
                    singleInstanceMessage(svc, type) + unknownNote,
                    scaleCommand(app.name, svc.name, type.recommendedInstances) +
                        (type.note.isEmpty()
                             ? QString()
                             : QString(u' ' +
                                       RulesEngine::tr("Note: %1").arg(catalogueText(type.note)))));
        }
        if (type.scaling == ServiceTypeInfo::Scaling::ReplicaSet) {
            const bool fired = n >= 2 && (n % 2 == 0 || n > 5);
            check(fired);
            if (fired) {
                const int target = n > 5 ? 5 : std::min(n + 1, 5);
                add(u"mongodb-even-members"_s, Severity::Warning, app.name, svc.name,
                    RulesEngine::tr("%1 has %Ln members. A MongoDB replica set needs an odd "
                                    "number of members, at most 5: the platform ignores even "
                                    "counts, and with an even split a lost zone can leave no "
                                    "majority to elect a primary, so the database stops taking "
                                    "writes.",
                                    nullptr, n)
                        .arg(shown(svc.name)),
                    scaleCommand(app.name, svc.name, target));
            }
        }
        if (!placementKnown)
            return; // placement rules need the instances

        checkPlacement(app, svc, type, n, unknownNote);
        checkDown(app, svc);
        if (svc.serviceType == u"custom"_s && n >= 2)
            checkPorts(app, svc);
    }

    QString singleInstanceMessage(const Service &svc, const ServiceTypeInfo &type) const
    {
        const Instance &only = svc.instances.isEmpty() ? Instance() : svc.instances.first();
        QString s;
        if (!only.host.isEmpty() || !only.datacenter.isEmpty())
            s = RulesEngine::tr("%1 runs a single instance (on host %2 in %3): when that host or "
                                "its zone fails, %1 stops until the platform restarts it "
                                "elsewhere.")
                    .arg(shown(svc.name), only.host.isEmpty() ? u"?"_s : shown(only.host),
                         only.datacenter.isEmpty() ? u"?"_s : shown(only.datacenter));
        else
            s = RulesEngine::tr("%1 runs a single instance: when its host or its zone fails, %1 "
                                "stops until the platform restarts it elsewhere.")
                    .arg(shown(svc.name));
        return type.advice.isEmpty() ? s : QString(s + u' ' + catalogueText(type.advice));
    }

    // A change of instance count is followed by a deployment, which places instances afresh:
    // one instance more (two for a replica set, which stays odd) moves at least one elsewhere.
    // Returns 0 when the service cannot grow further.
    int moveTarget(const ServiceTypeInfo &type, int n) const
    {
        int target = n + 1;
        if (type.scaling == ServiceTypeInfo::Scaling::ReplicaSet)
            target = n + 2 - (n % 2 == 0 ? 1 : 0);
        return target <= maxInstances(type) ? target : 0;
    }

    enum class MoveTo
    {
        AnotherHost,
        AnotherDatacenter,
        LessLoadedDatacenter
    };

    QString moveFix(const Application &app, const Service &svc, const ServiceTypeInfo &type, int n,
                    MoveTo where) const
    {
        if (const int target = moveTarget(type, n))
            return scaleCommand(app.name, svc.name, target);
        switch (where) {
        case MoveTo::AnotherHost:
            return RulesEngine::tr("Ask the platform's support to move one instance of %1 to "
                                   "another host; the instance count of a %2 service cannot be "
                                   "raised further.")
                .arg(shown(svc.name), shown(svc.serviceType));
        case MoveTo::AnotherDatacenter:
            return RulesEngine::tr("Ask the platform's support to move one instance of %1 to "
                                   "another datacenter; the instance count of a %2 service "
                                   "cannot be raised further.")
                .arg(shown(svc.name), shown(svc.serviceType));
        case MoveTo::LessLoadedDatacenter:
            break;
        }
        return RulesEngine::tr("Ask the platform's support to move one instance of %1 to a less "
                               "loaded datacenter; the instance count of a %2 service cannot be "
                               "raised further.")
            .arg(shown(svc.name), shown(svc.serviceType));
    }

    // The fix of a placement finding is a plain command (users copy it); what to do after it
    // belongs to the explanation.
    QString moveNote(const ServiceTypeInfo &type, int n) const
    {
        if (!moveTarget(type, n))
            return {};
        return u' ' + RulesEngine::tr("Scaling is followed by a deployment that places the "
                                      "instances afresh: check the placement again afterwards.");
    }

    void checkPlacement(const Application &app, const Service &svc, const ServiceTypeInfo &type,
                        int n, const QString &unknownNote)
    {
        if (n < 2)
            return;
        QSet<QString> hosts;
        QHash<QString, int> perDc;
        bool hostsKnown = true;
        for (const Instance &inst : svc.instances) {
            if (inst.host.isEmpty())
                hostsKnown = false;
            hosts.insert(inst.host);
            ++perDc[inst.datacenter];
        }
        // single-host: every instance shares one machine.
        if (hostsKnown) {
            const bool fired = hosts.size() == 1;
            check(fired);
            if (fired) {
                add(u"single-host"_s, Severity::Danger, app.name, svc.name,
                    RulesEngine::tr("All %Ln instances of %1 run on the same host, %2: the "
                                    "instances protect against a crashed process, not against "
                                    "the loss of that machine, which takes all of them down at "
                                    "once.",
                                    nullptr, n)
                            .arg(shown(svc.name), shown(svc.instances.first().host)) +
                        moveNote(type, n) + unknownNote,
                    moveFix(app, svc, type, n, MoveTo::AnotherHost));
                return; // one host is one zone too: single-zone would say the same again
            }
        }
        if (m_offeredDatacenters < 2)
            return; // the platform offers one zone: nothing to spread over
        if (hosts.size() >= 2) {
            const bool fired = perDc.size() == 1;
            check(fired);
            if (fired) {
                add(u"single-zone"_s, Severity::Danger, app.name, svc.name,
                    RulesEngine::tr("The %Ln instances of %1 run on different hosts but all in "
                                    "one datacenter, %2: when that availability zone fails (as "
                                    "us-east did in June 2012) all of them go at once.",
                                    nullptr, n)
                            .arg(shown(svc.name), shown(svc.instances.first().datacenter)) +
                        moveNote(type, n) + unknownNote,
                    moveFix(app, svc, type, n, MoveTo::AnotherDatacenter));
                return;
            }
        }
        if (perDc.size() >= 2) {
            const int z = std::min(m_offeredDatacenters, n);
            const int limit = (n + z - 1) / z;
            QString fullest;
            int most = 0;
            for (auto it = perDc.constBegin(); it != perDc.constEnd(); ++it)
                if (it.value() > most || (it.value() == most && it.key() < fullest)) {
                    most = it.value();
                    fullest = it.key();
                }
            const bool fired = most > limit;
            check(fired);
            if (fired)
                add(u"zone-imbalance"_s, Severity::Warning, app.name, svc.name,
                    RulesEngine::tr("%1 of the %2 instances of %3 are in %4 (at most %5 would be "
                                    "there if they were spread over %6 datacenters): when %4 "
                                    "fails, %3 loses %1 of %2 at once and the rest may not carry "
                                    "the load.")
                        .arg(QString::number(most), QString::number(n), shown(svc.name),
                             shown(fullest), QString::number(limit), QString::number(z)),
                    moveFix(app, svc, type, n, MoveTo::LessLoadedDatacenter));
        }
    }

    void checkDown(const Application &app, const Service &svc)
    {
        int up = 0;
        QStringList notUp;
        for (const Instance &inst : svc.instances) {
            if (inst.isUp()) {
                ++up;
                continue;
            }
            QString what = u"#%1 %2"_s.arg(QString::number(inst.instanceId),
                                           RulesEngine::statusWord(inst.status));
            if (!inst.role.isEmpty())
                what += u" ("_s + RulesEngine::roleWord(inst.role) + u")"_s;
            notUp.append(what);
        }
        const bool fired = !notUp.isEmpty();
        check(fired);
        if (!fired)
            return;
        const int n = int(svc.instances.size());
        const bool none = up == 0;
        QString message =
            none ? RulesEngine::tr("No instance of %1 is up (%2): the service is not answering "
                                   "right now.")
                       .arg(shown(svc.name), notUp.join(u", "_s))
                 : RulesEngine::tr("%1 of the %Ln instances of %2 are not up (%3): the service "
                                   "runs with less redundancy than it was scaled for, so one "
                                   "more lost host or zone can take it down.",
                                   nullptr, n)
                       .arg(QString::number(notUp.size()), shown(svc.name), notUp.join(u", "_s));
        if (app.isSandbox() && svc.instances.first().status == u"hibernating"_s)
            message += u' ' + RulesEngine::tr("Sandbox applications hibernate when idle; the "
                                              "next request wakes them.");
        add(u"instances-down"_s, none ? Severity::Danger : Severity::Warning, app.name, svc.name,
            message,
            RulesEngine::tr("Check the service's logs (%1) and restart it (%2); if instances "
                            "stay down, contact the platform's support.")
                .arg(ShellQuote::serviceCommand(m_options.cliName, app.name, u"logs"_s, svc.name),
                     ShellQuote::serviceCommand(m_options.cliName, app.name, u"restart"_s,
                                                svc.name)));
    }

    void checkPorts(const Application &app, const Service &svc)
    {
        QStringList unbalanced;
        for (const Instance &inst : svc.instances)
            for (const InstancePort &port : inst.ports)
                if (port.url.startsWith(u"tcp://"_s, Qt::CaseInsensitive) ||
                    port.url.startsWith(u"udp://"_s, Qt::CaseInsensitive))
                    if (!unbalanced.contains(port.name))
                        unbalanced.append(port.name);
        if (unbalanced.isEmpty())
            return;
        QStringList names;
        for (const QString &p : std::as_const(unbalanced))
            names.append(shown(p));
        add(u"custom-tcp-ports"_s, Severity::Info, app.name, svc.name,
            RulesEngine::tr("%1 exposes TCP/UDP ports (%2). The platform balances HTTP across "
                            "instances, but not TCP or UDP: each such port reaches one instance, "
                            "and clients must switch to another instance themselves when its "
                            "host or zone goes.")
                .arg(shown(svc.name), names.join(u", "_s)),
            RulesEngine::tr("Have clients know every instance's address and retry on another "
                            "one, or serve the protocol over HTTP so that the platform balances "
                            "it."));
    }

    void checkRegion()
    {
        QString provider, region; // of the first placed instance; every other must match
        QString lastName;
        for (const Application &app : m_inventory.applications)
            for (const Service &svc : app.services) {
                if (!svc.detailLoaded || !svc.fetchError.isEmpty())
                    continue;
                for (const Instance &inst : svc.instances) {
                    if (inst.datacenter == lastName && !lastName.isEmpty())
                        continue; // most instances share a few datacenters
                    lastName = inst.datacenter;
                    const auto it = m_datacenters.constFind(inst.datacenter);
                    const Datacenter dc = it != m_datacenters.constEnd()
                                              ? *it
                                              : Datacenter::fromName(inst.datacenter);
                    if (!dc.isParsed())
                        return; // somewhere we cannot place: do not claim one region
                    if (provider.isEmpty()) {
                        provider = dc.provider;
                        region = dc.region;
                    } else if (dc.provider != provider || dc.region != region) {
                        return;
                    }
                }
            }
        if (provider.isEmpty())
            return; // no placed instance
        add(u"single-region"_s, Severity::Info, {}, {},
            RulesEngine::tr("Every instance of the account runs in one region, %1 of %2. Zones "
                            "protect against the loss of one datacenter, not of the whole "
                            "region: a region-wide outage takes every application down at once.")
                .arg(shown(region), shown(provider)),
            RulesEngine::tr("No scaling command changes the region. Keep off-site backups of "
                            "your data and a plan to redeploy elsewhere, and follow the "
                            "platform's status page during outages."));
    }

    AuditReport finish(Resilience resilience)
    {
        const QDateTime now =
            m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
        AuditReport report;
        AuditSummary &s = report.summary;
        for (Finding &f : m_findings) {
            if (const Exemption *e = m_options.exemptions.match(f, now)) {
                f.exempt = true;
                f.exemptReason = e->reason;
                ++s.exempt;
                continue;
            }
            switch (f.severity) {
            case Severity::Danger:
                ++s.danger;
                break;
            case Severity::Warning:
                ++s.warning;
                break;
            case Severity::Info:
                ++s.info;
                break;
            }
        }
        std::sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
            if (a.exempt != b.exempt)
                return !a.exempt;
            if (a.severity != b.severity)
                return a.severity > b.severity;
            if (a.application != b.application)
                return a.application < b.application;
            if (a.service != b.service)
                return a.service < b.service;
            return ruleOrder(a.rule) < ruleOrder(b.rule);
        });
        s.applications = int(m_inventory.applications.size());
        s.services = m_inventory.serviceCount();
        s.instances = m_inventory.instanceCount();
        s.passed = m_passed;
        s.score = s.services == 0 ? 100 : RulesEngine::score(s.passed, s.warning, s.danger);
        s.grade = RulesEngine::grade(s.score, s.danger, s.warning);
        s.unknownTypes = QStringList(m_unknownTypes.cbegin(), m_unknownTypes.cend());
        std::sort(s.unknownTypes.begin(), s.unknownTypes.end());
        report.findings = std::move(m_findings);
        report.resilience = std::move(resilience);
        return report;
    }

    const ServiceCatalogue &m_catalogue;
    const Inventory &m_inventory;
    const AuditOptions &m_options;
    QHash<QString, Datacenter> m_datacenters;
    int m_offeredDatacenters = 0;
    FindingList m_findings;
    QSet<QString> m_unknownTypes;
    int m_passed = 0;
};

} // namespace

RulesEngine::RulesEngine(const ServiceCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

AuditReport RulesEngine::audit(const Inventory &inventory, const AuditOptions &options) const
{
    return Audit(m_catalogue, inventory, options).run();
}

QStringList RulesEngine::ruleIds()
{
    QStringList ids;
    for (const RuleDef &r : kRules)
        ids.append(QString::fromLatin1(r.id));
    return ids;
}

Severity RulesEngine::defaultSeverity(const QString &ruleId)
{
    for (const RuleDef &r : kRules)
        if (ruleId == QLatin1StringView(r.id))
            return r.severity;
    return Severity::Info;
}

QString RulesEngine::docLink(const QString &ruleId)
{
    return u"docs/rules.md#"_s + ruleId;
}

int RulesEngine::score(int passed, int warnings, int dangers)
{
    const double denominator = 2.0 * passed + warnings + 2.0 * dangers;
    if (denominator <= 0)
        return 100;
    return int(std::lround(100.0 * 2.0 * passed / denominator));
}

QString RulesEngine::grade(int score)
{
    if (score >= 90)
        return u"A"_s;
    if (score >= 80)
        return u"B"_s;
    if (score >= 70)
        return u"C"_s;
    if (score >= 60)
        return u"D"_s;
    return u"F"_s;
}

QString RulesEngine::grade(int score, int dangers, int warnings)
{
    const QString band = grade(score);
    // Grades compare as letters: "A" < "B" < … < "F", the later the worse.
    const QString cap = dangers > 0 ? u"D"_s : warnings > 0 ? u"B"_s : u"A"_s;
    return std::max(band, cap);
}

QString RulesEngine::gradeReason(const AuditSummary &summary, const QLocale &locale)
{
    const QString score = locale.toString(summary.score);
    if (summary.danger > 0)
        return tr("%Ln open danger findings cap the grade at D; the score, %1/100, orders "
                  "accounts within a grade.",
                  nullptr, summary.danger)
            .arg(score);
    if (summary.warning > 0)
        return tr("%Ln open warnings cap the grade at B; the score, %1/100, orders accounts "
                  "within a grade.",
                  nullptr, summary.warning)
            .arg(score);
    return tr("No open danger and no open warning: the grade follows the score, %1/100.")
        .arg(score);
}
