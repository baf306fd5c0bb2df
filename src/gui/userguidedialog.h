#pragma once

#include <QDialog>

class QTextBrowser;

// Help ▸ User guide: the guide shipped with the application (docs/user-guide.md, compiled into
// the resources, so it is there offline and in every installation), in a window of its own.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // Raises the guide of this parent, or opens it (non-modal: the guide stays beside the work).
    static UserGuideDialog *showGuide(QWidget *parent);
    // The guide's text (Markdown), from the resources.
    static QString markdown();

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};
