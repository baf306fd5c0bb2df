#include "noticebars.h"

#include "accountsession.h"
#include "infobar.h"

#include <QAction>
#include <QBoxLayout>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The strings keep the window's translation context, where they were first translated.

NoticeBars::NoticeBars(AccountSession *session, QBoxLayout *layout, QAction *openSnapshot,
                       QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_openSnapshot(openSnapshot)
{
    m_refreshBar = new InfoBar(window);
    m_refreshBar->setObjectName(u"refreshInfoBar"_s);
    m_partialBar = new InfoBar(window);
    m_partialBar->setObjectName(u"partialInfoBar"_s);
    layout->addWidget(m_refreshBar);
    layout->addWidget(m_partialBar);
    m_retryNow = new QAction(this);
    connect(m_retryNow, &QAction::triggered, this, &NoticeBars::retryRequested);
    m_openAccounts = new QAction(this);
    connect(m_openAccounts, &QAction::triggered, this, &NoticeBars::accountsRequested);
    retranslate();
}

void NoticeBars::retranslate()
{
    m_retryNow->setText(QCoreApplication::translate("MainWindow", "Retry now"));
    m_openAccounts->setText(QCoreApplication::translate("MainWindow", "Accounts…"));
}

bool NoticeBars::noticeShowsAge() const
{
    return m_session->notice().action == AccountSession::Notice::Action::RetryNow;
}

void NoticeBars::showNotice()
{
    const AccountSession::Notice n = m_session->notice();
    if (n.kind == AccountSession::Notice::Kind::None) {
        m_refreshBar->hide();
        return;
    }
    InfoBar::Kind kind = InfoBar::Kind::Information;
    if (n.kind == AccountSession::Notice::Kind::Warning)
        kind = InfoBar::Kind::Warning;
    else if (n.kind == AccountSession::Notice::Kind::Error)
        kind = InfoBar::Kind::Error;
    m_refreshBar->showMessage(kind, n.text);
    switch (n.action) {
    case AccountSession::Notice::Action::None:
        m_refreshBar->setActions({});
        break;
    case AccountSession::Notice::Action::RetryNow:
        m_refreshBar->setActions({m_retryNow});
        break;
    case AccountSession::Notice::Action::OpenAccounts:
        m_refreshBar->setActions({m_openAccounts});
        break;
    case AccountSession::Notice::Action::OpenAccountsOrSnapshot:
        m_refreshBar->setActions({m_openAccounts, m_openSnapshot});
        break;
    }
}

void NoticeBars::showPartialFailures(const Inventory &inv)
{
    if (inv.errors.isEmpty()) {
        m_partialBar->hide();
        return;
    }
    // The counts as plain variables: lupdate does not finish on a cast among translate()'s
    // arguments.
    const int failed = int(inv.errors.size());
    QStringList parts;
    for (const FetchError &e : inv.errors) {
        if (parts.size() == 5) {
            parts.append(
                QCoreApplication::translate("MainWindow", "and %n more", nullptr, failed - 5));
            break;
        }
        const QString what =
            e.service.isEmpty() ? e.application : QString(e.application + u'/' + e.service);
        parts.append(QCoreApplication::translate("MainWindow", "%1 (%2)").arg(what, e.error));
    }
    m_partialBar->showMessage(
        InfoBar::Kind::Warning,
        QCoreApplication::translate(
            "MainWindow", "%n service(s) could not be read and are left out of the checks: %1",
            nullptr, failed)
            .arg(parts.join(u"; "_s)));
}

void NoticeBars::restyle()
{
    if (m_refreshBar->isVisible())
        m_refreshBar->showMessage(m_refreshBar->kind(), m_refreshBar->text());
    if (m_partialBar->isVisible())
        m_partialBar->showMessage(m_partialBar->kind(), m_partialBar->text());
}
