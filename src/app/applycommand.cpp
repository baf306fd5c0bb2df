#include "applycommand.h"

#include "console.h"
#include "exitcode.h"
#include "inventorysource.h"
#include "planapplier.h"
#include "plancommand.h"
#include "platformclient.h"
#include "resilience.h"
#include "rulesengine.h"
#include "scalingplanner.h"
#include "terminaltext.h"

#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Ctrl+C during the plan: the handler only writes a byte to a socket pair (the one thing safe in
// a signal handler); the event loop reads it and asks the applier to stop after the action in
// flight.
int g_interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[0], &byte, 1);
}

class InterruptCatcher
{
public:
    template<typename Slot>
    explicit InterruptCatcher(QObject *context, Slot slot)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_interruptPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_interruptPipe[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context,
                         [slot](QSocketDescriptor socket) {
                             char byte;
                             [[maybe_unused]] const auto r = ::read(int(socket), &byte, 1);
                             slot();
                         });
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptCatcher()
    {
        if (!m_notifier)
            return;
        std::signal(SIGINT, m_previous);
        m_notifier.reset();
        ::close(g_interruptPipe[0]);
        ::close(g_interruptPipe[1]);
    }
    InterruptCatcher(const InterruptCatcher &) = delete;
    InterruptCatcher &operator=(const InterruptCatcher &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    void (*m_previous)(int) = SIG_DFL;
};

// Lines of the run for standard output; the first failed write is kept.
class Transcript
{
public:
    void line(const QString &text)
    {
        if (Status s = Console::out(text + u'\n'); !s && m_error.isEmpty())
            m_error = s.error();
    }
    void bytes(const QByteArray &data)
    {
        if (Status s = Console::out(data); !s && m_error.isEmpty())
            m_error = s.error();
    }
    QString error() const { return m_error; }

private:
    QString m_error;
};

QString actionLabel(const ScalingAction &a)
{
    return ApplyCommand::tr("%1 %2 → %3 instances")
        .arg(Console::plain(a.application), Console::plain(a.service))
        .arg(a.instances);
}

bool isYes(const QString &answer)
{
    const QString a = answer.trimmed().toLower();
    return a == "y"_L1 || a == "yes"_L1 || a == ApplyCommand::tr("y") ||
           a == ApplyCommand::tr("yes");
}

} // namespace

int ApplyCommand::run(const Command &command)
{
    // A question nobody can answer is a mistake in the command line, found before any request.
    if (!command.assumeYes && !Console::stdinIsTerminal()) {
        Console::error(tr("apply changes the account and asks first, but standard input is not "
                          "a terminal: pass --yes to apply the plan without asking"));
        Console::note(tr("Try 'scaling-advisor apply --help'."));
        return ExitCode::UsageError;
    }

    InventorySource source(command.source);
    const Result<Inventory> loaded = source.load();
    if (!loaded) {
        Console::error(loaded.error());
        return ExitCode::RuntimeError;
    }
    const Inventory &before = loaded.value();
    if (before.user.isSupport()) {
        Console::error(tr("the API key of %1 belongs to a support account: support staff can see "
                          "a customer's plan ('scaling-advisor plan --user NAME') but cannot "
                          "apply it; the customer applies it with their own key")
                           .arg(Console::plain(before.user.username)));
        Console::note(tr("Try 'scaling-advisor apply --help'."));
        return ExitCode::UsageError;
    }
    if (!before.errors.isEmpty()) {
        Console::error(tr("%n service(s) of the account could not be read, and a plan made on "
                          "part of it could scale the wrong services: nothing was changed",
                          "", int(before.errors.size())));
        for (const FetchError &e : before.errors)
            Console::note(u"  "_s + tr("%1 %2: %3")
                                        .arg(Console::plain(e.application),
                                             Console::plain(e.service), Console::plain(e.error)));
        return ExitCode::RuntimeError;
    }

    const AuditReport auditBefore = RulesEngine().audit(before, AuditOptions());
    const Resilience resilienceBefore = Resilience::of(before);
    const ScalingPlan plan = ScalingPlanner().plan(before, AuditOptions());

    Transcript transcript;
    transcript.bytes(PlanCommand::text(plan, resilienceBefore));
    if (plan.actions.isEmpty()) {
        if (!transcript.error().isEmpty()) {
            Console::error(transcript.error());
            return ExitCode::RuntimeError;
        }
        return ExitCode::Ok;
    }

    if (!command.assumeYes) {
        QString answer;
        const QString question =
            tr("Apply %n action(s) to the account of %1 at %2? [y/N] ", "",
               int(plan.actions.size()))
                .arg(Console::plain(before.user.username), source.description());
        if (!Console::readLine(question, &answer) || !isYes(answer)) {
            Console::note(tr("Nothing was changed."));
            return ExitCode::Ok;
        }
    }

    PlatformClient client;
    client.setOptions(source.clientOptions());
    client.setCredentials(source.credentials());
    PlanApplier applier(&client);
    QEventLoop loop;
    std::optional<ApplyOutcome> outcome;
    const qsizetype total = plan.actions.size();
    QObject::connect(&applier, &PlanApplier::actionStarted, &loop, [&](int index) {
        Console::note(
            tr("[%1/%2] %3 …").arg(index + 1).arg(total).arg(actionLabel(plan.actions.at(index))));
    });
    QObject::connect(&applier, &PlanApplier::actionFinished, &loop,
                     [&](int index, bool ok, const QString &message) {
                         const QString label = actionLabel(plan.actions.at(index));
                         transcript.line(
                             ok ? tr("Applied: %1").arg(label)
                                : tr("Refused: %1: %2").arg(label, Console::plain(message)));
                     });
    QObject::connect(&applier, &PlanApplier::finished, &loop, [&](const ApplyOutcome &o) {
        outcome = o;
        loop.quit();
    });
    InterruptCatcher interrupt(&loop, [&applier] {
        Console::note(tr("Stopping after the action in flight; the actions done stay done."));
        applier.cancel();
    });
    transcript.line(QString());
    applier.start(plan);
    loop.exec();

    const ApplyOutcome &o = *outcome;
    transcript.line(QString());
    transcript.line(
        tr("%1 of %2 action(s) applied.", "", int(total)).arg(o.applied.size()).arg(total));
    for (const ApplyOutcome::Refusal &r : o.refused)
        transcript.line(u"  "_s +
                        tr("Not applied: %1: %2")
                            .arg(actionLabel(plan.actions.at(r.index)), Console::plain(r.message)));
    if (o.cancelled) {
        QStringList skipped;
        for (int index : o.notStarted)
            skipped.append(actionLabel(plan.actions.at(index)));
        transcript.line(u"  "_s + tr("Cancelled; not started: %1").arg(skipped.join(u"; "_s)));
    }

    int code = o.allApplied() ? ExitCode::Ok : ExitCode::RuntimeError;
    if (o.reread) {
        const AuditReport auditAfter = RulesEngine().audit(o.after, AuditOptions());
        const Resilience resilienceAfter = Resilience::of(o.after);
        transcript.line(QString());
        transcript.line(tr("Before → after:"));
        transcript.line(u"  "_s + tr("applications that survive the loss of any one datacenter: "
                                     "%1 → %2 of %3")
                                      .arg(resilienceBefore.surviveAnyDatacenter)
                                      .arg(resilienceAfter.surviveAnyDatacenter)
                                      .arg(resilienceAfter.applications));
        transcript.line(u"  "_s + tr("applications that survive the loss of any one host: "
                                     "%1 → %2 of %3")
                                      .arg(resilienceBefore.surviveAnyHost)
                                      .arg(resilienceAfter.surviveAnyHost)
                                      .arg(resilienceAfter.applications));
        transcript.line(u"  "_s + tr("grade: %1 → %2 (score %3 → %4)")
                                      .arg(auditBefore.summary.grade, auditAfter.summary.grade)
                                      .arg(auditBefore.summary.score)
                                      .arg(auditAfter.summary.score));
        transcript.line(QString());
        transcript.line(
            TerminalText::sanitize(resilienceAfter.headline(), TerminalText::Lines::Keep));
    } else {
        Console::error(tr("the account could not be read again after the plan, so before → "
                          "after is not known: %1")
                           .arg(Console::plain(o.rereadError)));
        code = ExitCode::RuntimeError;
    }
    if (!o.refused.isEmpty())
        Console::error(tr("%n action(s) of the plan were not applied; the others were.", "",
                          int(o.refused.size())));
    if (!transcript.error().isEmpty()) {
        Console::error(transcript.error());
        code = ExitCode::RuntimeError;
    }
    return code;
}
