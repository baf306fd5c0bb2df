#include "helpboxes.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

// The strings keep the window's translation context, where they were first translated.

void HelpBoxes::showShortcuts(QWidget *parent, const QList<QAction *> &actions)
{
    QStringList lines;
    for (QAction *a : actions) {
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            lines.append(QCoreApplication::translate("MainWindow", "%1\t%2")
                             .arg(keys, QString(a->text()).remove(u'&')));
    }
    lines.append(QCoreApplication::translate("MainWindow", "%1\t%2")
                     .arg(u"Tab / Shift+Tab"_s,
                          QCoreApplication::translate("MainWindow", "Next or previous control")));
    lines.append(QCoreApplication::translate("MainWindow", "%1\t%2")
                     .arg(u"Alt+I / Alt+P / Alt+W"_s,
                          QCoreApplication::translate("MainWindow",
                                                      "The Findings, Placement and What if tabs")));
    QMessageBox box(QMessageBox::Information,
                    QCoreApplication::translate("MainWindow", "Keyboard shortcuts"),
                    lines.join(u'\n'), QMessageBox::Close, parent);
    box.setObjectName(u"shortcutsBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void HelpBoxes::showAbout(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("MainWindow", "About Scaling Advisor"),
        QCoreApplication::translate(
            "MainWindow",
            "Scaling Advisor %1\n\nFinds the services that would not survive the loss of one host "
            "or one availability zone, shows where every instance runs, and answers \"what if "
            "this zone fails?\".")
            .arg(QStringLiteral(SA_VERSION)));
}
