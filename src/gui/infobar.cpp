#include "infobar.h"

#include "severitypresentation.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

InfoBar::InfoBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"infoBar"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(u"infoBarText"_s);
    m_text->setTextFormat(Qt::PlainText); // carries remote error messages
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &InfoBar::hide);
    hide();
}

void InfoBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    SeverityPresentation::Badge badge = SeverityPresentation::Badge::Info;
    QColor tint(0x15, 0x65, 0xc0);
    if (kind == Kind::Warning) {
        badge = SeverityPresentation::Badge::Warning;
        tint = QColor(0xf9, 0xa8, 0x25);
    } else if (kind == Kind::Error) {
        badge = SeverityPresentation::Badge::Danger;
        tint = QColor(0xc6, 0x28, 0x28);
    }
    m_icon->setPixmap(SeverityPresentation::icon(badge).pixmap(QSize(20, 20), devicePixelRatioF()));
    // Blend the tint into the window colour of the current palette: readable in light and dark.
    const QColor window =
        (parentWidget() ? parentWidget()->palette() : palette()).color(QPalette::Window);
    auto mix = [&](qreal t) {
        return QColor::fromRgbF(window.redF() * (1 - t) + tint.redF() * t,
                                window.greenF() * (1 - t) + tint.greenF() * t,
                                window.blueF() * (1 - t) + tint.blueF() * t);
    };
    // A style sheet, not a palette of its own: the text keeps following the system palette.
    setStyleSheet(
        u"InfoBar { background-color: %1; border: 1px solid %2; border-radius: 4px; }"_s.arg(
            mix(0.18).name(), mix(0.7).name()));
    setAccessibleName(text);
    show();
}

QString InfoBar::text() const
{
    return m_text->text();
}

void InfoBar::setActions(const QList<QAction *> &actions)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *a : actions) {
        auto *b = new QPushButton(a->text(), this);
        b->setAccessibleName(a->text());
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        m_buttons->addWidget(b, 0, Qt::AlignTop);
    }
}
