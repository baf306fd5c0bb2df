#include "findingsdetailpanel.h"

#include "documentation.h"
#include "servicecatalogue.h"
#include "severitypresentation.h"
#include "ui_findingsdetailpanel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QTextDocument>

using namespace Qt::StringLiterals;

FindingsDetailPanel::FindingsDetailPanel(QWidget *parent)
    : QWidget(parent)
    , ui(new Ui::FindingsDetailPanel)
{
    ui->setupUi(this);
    setObjectName(u"findingsDetailPanel"_s);
    connect(ui->copyFixButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(ui->fixEdit->toPlainText()); });
    connect(ui->scaleButton, &QPushButton::clicked, this, &FindingsDetailPanel::scaleRequested);
    ui->explanationLabel->hide();
    connect(ui->explanationToggle, &QToolButton::toggled, this, [this](bool open) {
        ui->explanationLabel->setVisible(open);
        ui->explanationToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    // Tab moves on from the fix command instead of typing a tab into it.
    ui->fixEdit->setTabChangesFocus(true);
    ui->explanationToggle->setFocusPolicy(Qt::StrongFocus);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    ui->fixEdit->setFont(mono);
    showFinding(nullptr, Inventory{});
}

FindingsDetailPanel::~FindingsDetailPanel()
{
    delete ui;
}

QList<QWidget *> FindingsDetailPanel::focusChain() const
{
    return {ui->fixEdit, ui->copyFixButton, ui->scaleButton, ui->explanationToggle,
            ui->docLinkLabel};
}

QString FindingsDetailPanel::fixText() const
{
    return ui->fixEdit->toPlainText();
}

void FindingsDetailPanel::setScaleAvailable(bool available, const QString &reason)
{
    ui->scaleButton->setEnabled(available);
    ui->scaleButton->setToolTip(reason.isEmpty() ? QString() : Qt::convertFromPlainText(reason));
}

void FindingsDetailPanel::showFinding(const Finding *f, const Inventory &inventory,
                                      const QString &placeholder)
{
    ui->copyFixButton->setEnabled(f && !f->fix.isEmpty());
    ui->explanationToggle->setEnabled(f != nullptr);
    if (!f) {
        ui->detailsTitle->setText(
            placeholder.isEmpty() ? tr("Select a finding to see how to fix it.") : placeholder);
        ui->detailsMessage->clear();
        if (!ui->fixEdit->document()->isEmpty())
            ui->fixEdit->clear();
        ui->explanationLabel->clear();
        m_docLink.clear();
        m_rule.clear();
        showDocLink();
        return;
    }
    QString where = f->application;
    if (!f->service.isEmpty())
        where += u'/' + f->service;
    if (where.isEmpty())
        where = tr("the whole account");
    ui->detailsTitle->setText(
        tr("%1 · %2 · %3")
            .arg(f->exempt ? tr("%1 (exempt)").arg(SeverityPresentation::word(f->severity))
                           : SeverityPresentation::word(f->severity),
                 f->rule, where));
    ui->detailsMessage->setText(f->message);
    // Set again only when it changes: each keystroke of the filter shows the current finding
    // again, and setting a text lays the document out anew (the labels skip an equal text).
    if (ui->fixEdit->toPlainText() != f->fix)
        ui->fixEdit->setPlainText(f->fix);

    QStringList explanation;
    if (f->exempt)
        explanation.append(tr("Exempt: %1").arg(f->exemptReason));
    if (const Application *app = inventory.application(f->application)) {
        if (const Service *svc = app->service(f->service)) {
            const ServiceTypeInfo info = ServiceCatalogue::builtIn().info(svc->serviceType);
            explanation.append(tr("%1 is a %2 service (%3).")
                                   .arg(svc->name, svc->serviceType,
                                        info.kind == ServiceTypeInfo::Kind::Stateful
                                            ? tr("it keeps state")
                                            : tr("it keeps no state")));
            if (!info.advice.isEmpty())
                explanation.append(info.advice);
            if (!info.migration.isEmpty())
                explanation.append(info.migration);
            if (!info.note.isEmpty())
                explanation.append(info.note);
        }
    }
    if (explanation.isEmpty())
        explanation.append(f->message);
    ui->explanationLabel->setText(explanation.join(u"\n\n"_s));
    m_docLink = f->docLink;
    m_rule = f->rule;
    showDocLink();
}

void FindingsDetailPanel::showDocLink()
{
    const QUrl url = Documentation::ruleUrl(m_docLink);
    if (!url.isValid() || url.isEmpty()) {
        ui->docLinkLabel->clear();
        ui->docLinkLabel->setFocusPolicy(Qt::NoFocus);
        return;
    }
    // The link colour is fixed when the text is set: take the current palette's, and set the text
    // again when the palette changes (see changeEvent).
    ui->docLinkLabel->setText(u"<a href=\"%1\"><span style=\"color: %3\">%2</span></a>"_s.arg(
        url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
        tr("Read more about %1").arg(m_rule).toHtmlEscaped(),
        palette().color(QPalette::Link).name()));
    ui->docLinkLabel->setFocusPolicy(Qt::StrongFocus);
}

void FindingsDetailPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showDocLink();
    else if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
}
