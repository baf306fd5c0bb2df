#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

// A slim message bar above the content (like KMessageWidget): what happened, in plain text, with
// optional actions and a close button. Tinted, not coloured, so it reads in light and dark themes.
class InfoBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };
    Q_ENUM(Kind)

    explicit InfoBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }
    // Buttons for the actions; the bar does not own them.
    void setActions(const QList<QAction *> &actions);

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_close = nullptr;
};
