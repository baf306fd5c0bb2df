#pragma once

#include "finding.h"
#include "inventory.h"

#include <QWidget>

namespace Ui {
class FindingsDetailPanel;
}

// The finding the user reads: what is wrong and where, the fix command with Copy and Scale, why it
// matters (the service type's advice), and the rule's documentation. Remote text is plain text.
class FindingsDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsDetailPanel(QWidget *parent = nullptr);
    ~FindingsDetailPanel() override;

    // Shows this finding of `inventory`; nullptr shows `placeholder` instead.
    void showFinding(const Finding *finding, const Inventory &inventory,
                     const QString &placeholder = QString());
    // Whether the Scale button can act on the finding shown, and why not.
    void setScaleAvailable(bool available, const QString &reason);
    QString fixText() const;

    // The panel's controls in their tab order, for the window's: Fix, Copy, Scale, Why, link.
    QList<QWidget *> focusChain() const;

signals:
    void scaleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDocLink();

    Ui::FindingsDetailPanel *ui;
    QString m_docLink, m_rule;
};
