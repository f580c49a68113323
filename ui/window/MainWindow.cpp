#include "window/MainWindow.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

#include "app/AppActions.h"
#include "app/Icons.h"
#include "desktop/ProxyController.h"
#include "viewer/DetailStyle.h"
#include "viewer/RequestLogWindow.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

MainWindow::MainWindow(AppActions *actions, Reason reason, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_reason(reason)
    , m_why(wrappedLabel(this, u"noTrayReason"_s))
    , m_stateIcon(new QLabel(this))
    , m_status(wrappedLabel(this, u"statusLine"_s))
    , m_problem(wrappedLabel(this, u"problemText"_s))
    , m_notice(wrappedLabel(this, u"notice"_s))
    , m_log(new RequestLogWindow(this))
    , m_startAtLogin(new QCheckBox(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    m_why->setFrameShape(QFrame::StyledPanel);
    m_why->setMargin(8);
    m_why->setBackgroundRole(QPalette::AlternateBase);
    m_why->setAutoFillBackground(true);
    m_stateIcon->setObjectName(u"stateIcon"_s);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_log->setWindowFlags(Qt::Widget); // a part of this window, not one of its own
    m_log->statusBar()->setSizeGripEnabled(false); // the grip belongs to the window's corner
    m_startAtLogin->setObjectName(u"startAtLoginCheck"_s);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_stateIcon, 0, Qt::AlignTop);
    auto *statusText = new QVBoxLayout;
    statusText->addWidget(m_status);
    statusText->addWidget(m_problem);
    statusRow->addLayout(statusText, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(u"startStopButton"_s, actions->startStop));
    buttons->addWidget(button(u"copyEndpointButton"_s, actions->copyEndpoint));
    buttons->addWidget(button(u"settingsButton"_s, actions->settings));
    buttons->addStretch(1);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_startAtLogin);
    footer->addStretch(1);
    footer->addWidget(button(u"aboutButton"_s, actions->about));
    footer->addWidget(button(u"quitButton"_s, actions->quit));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_why);
    layout->addLayout(statusRow);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    layout->addWidget(m_log, 1);
    layout->addLayout(footer);

    // The checkbox mirrors the checkable action both ways.
    connect(m_startAtLogin, &QCheckBox::clicked, actions->startAtLogin, &QAction::trigger);
    connect(actions->startAtLogin, &QAction::toggled, m_startAtLogin, &QCheckBox::setChecked);
    m_startAtLogin->setChecked(actions->startAtLogin->isChecked());
    resize(QSize(1180, 800).boundedTo(screen()->availableSize() * 0.9));
    retranslate();
}

QPushButton *MainWindow::button(const QString &name, QAction *action)
{
    auto *push = new QPushButton(this);
    push->setObjectName(name);
    connect(push, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons.append({ push, action });
    return push;
}

void MainWindow::showState(const ProxyController &controller)
{
    m_stateIcon->setPixmap(stateIcon(controller.state()).pixmap(32, 32));
    m_status->setText(AppActions::statusLine(controller));
    setToneText(m_problem, Tone::Bad);
    m_problem->setText(controller.problemText());
    m_problem->setVisible(!controller.problemText().isEmpty());
    retranslate(); // Start/Stop changes its text with the state
}

void MainWindow::attach(ProxyController *controller)
{
    m_log->attach(controller);
}

void MainWindow::notify(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void MainWindow::retranslate()
{
    setWindowTitle(u"MyGPT"_s);
    m_why->setText(m_reason == Reason::NoTray
            ? tr("This desktop has no system tray, so MyGPT runs in this window. Closing it "
                 "quits MyGPT and stops the proxy.")
            : tr("MyGPT runs in this window (--windowed). Closing it quits MyGPT and stops "
                 "the proxy."));
    m_startAtLogin->setText(m_actions->startAtLogin->text()); // with its mnemonic, as the buttons
    for (const auto &[push, action] : std::as_const(m_buttons)) {
        push->setText(action->text());
        push->setEnabled(action->isEnabled());
    }
    m_log->retranslate();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // No tray icon to bring it back: closing is quitting.
    event->accept();
    QCoreApplication::quit();
}

} // namespace mygpt::ui
