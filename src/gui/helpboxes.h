#pragma once

#include <QList>

class QAction;
class QWidget;

// The Help menu's two message boxes: the keyboard shortcuts (read from the actions, so that they
// never drift from what the keys do) and About.
class HelpBoxes
{
public:
    static void showShortcuts(QWidget *parent, const QList<QAction *> &actions);
    static void showAbout(QWidget *parent);
};
