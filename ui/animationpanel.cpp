// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "animationpanel.h"

#include <chrono>
#include <cmath>
#include <utility>
#include <vector>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSignalBlocker>
#include <QToolButton>

#include "reluexplorer/parameters.h"
#include "reluexplorer/view.h"

namespace {

qint64 steadyMilliseconds()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QString keyOf(const std::string &id, const std::string &parameter)
{
    return QString::fromStdString(id + "." + parameter);
}

QDoubleSpinBox *valueBox(QWidget *parent, const QString &name, const QString &accessible, const QString &tip)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setAccessibleDescription(tip);
    box->setToolTip(tip);
    box->setRange(-rx::parameterLimit, rx::parameterLimit);
    box->setDecimals(3);
    box->setSingleStep(0.05);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

AnimationPanel::AnimationPanel(QWidget *parent) : QWidget(parent), m_clock(steadyMilliseconds)
{
    setObjectName(QStringLiteral("animationPanel"));
    setAccessibleName(tr("Animation"));
    setAccessibleDescription(tr("Sweep one parameter between two values; Space plays and pauses."));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);

    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("animation.play"));
    m_play->setCheckable(true);
    m_play->setText(tr("Play"));
    m_play->setAccessibleName(tr("Play or pause the animation"));
    m_play->setAccessibleDescription(tr("Starts or pauses the sweep of the chosen parameter (Space)."));
    m_play->setToolTip(tr("Play or pause the sweep (Space here, Ctrl+P anywhere)"));
    m_play->setFocusPolicy(Qt::StrongFocus);
    connect(m_play, &QToolButton::clicked, this, [this](bool on) { setPlaying(on); });
    row->addWidget(m_play);

    auto label = [this, row](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        row->addWidget(l);
        row->addWidget(buddy);
    };
    m_parameter = new QComboBox(this);
    m_parameter->setObjectName(QStringLiteral("animation.parameter"));
    m_parameter->setAccessibleName(tr("Animated parameter"));
    m_parameter->setAccessibleDescription(tr("A numeric parameter of one of the shown functions."));
    m_parameter->setToolTip(tr("The parameter to sweep"));
    m_parameter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label(tr("&Animate"), m_parameter);
    m_from = valueBox(this, QStringLiteral("animation.from"), tr("Sweep from"),
                      tr("The value the sweep starts at"));
    label(tr("fro&m"), m_from);
    m_to = valueBox(this, QStringLiteral("animation.to"), tr("Sweep to"), tr("The value the sweep ends at"));
    label(tr("t&o"), m_to);
    m_seconds = new QDoubleSpinBox(this);
    m_seconds->setObjectName(QStringLiteral("animation.seconds"));
    m_seconds->setAccessibleName(tr("Seconds per sweep"));
    m_seconds->setAccessibleDescription(tr("How long one sweep from the start to the end value takes."));
    m_seconds->setToolTip(tr("Seconds for one sweep: smaller is faster"));
    m_seconds->setRange(0.1, 120);
    m_seconds->setDecimals(1);
    m_seconds->setSingleStep(0.5);
    m_seconds->setValue(4);
    m_seconds->setSuffix(tr(" s"));
    label(tr("in"), m_seconds);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("animation.mode"));
    m_mode->setAccessibleName(tr("Loop mode"));
    m_mode->setAccessibleDescription(tr("Loop from the start again, go back and forth, or sweep once."));
    m_mode->addItem(tr("Loop"), static_cast<int>(rx::SweepMode::Loop));
    m_mode->addItem(tr("Back and forth"), static_cast<int>(rx::SweepMode::BackAndForth));
    m_mode->addItem(tr("Once"), static_cast<int>(rx::SweepMode::Once));
    m_mode->setCurrentIndex(1);
    label(tr("&repeat"), m_mode); // the label is its name for screen readers, not the current item
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("animation.note"));
    m_note->setVisible(false);
    // Wrapped in what the row leaves, so that its one long sentence never widens the window.
    m_note->setWordWrap(true);
    m_note->setMinimumWidth(m_note->fontMetrics().averageCharWidth() * 28);
    row->addWidget(m_note, 1);
    row->addStretch();

    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this, this, &AnimationPanel::togglePlaying);
    space->setContext(Qt::WidgetWithChildrenShortcut);

    m_timer.setInterval(frameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AnimationPanel::showFrame);
    connect(m_parameter, &QComboBox::currentIndexChanged, this, &AnimationPanel::onParameterChosen);
    for (QDoubleSpinBox *box : {m_from, m_to})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AnimationPanel::restart);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AnimationPanel::restart);
    connect(m_seconds, &QDoubleSpinBox::valueChanged, this, [this] {
        // Keep the position of the sweep, only change its pace.
        if (isPlaying()) {
            m_phase += sinceStart() / 1000.0 / m_seconds->value();
            m_startedAt = m_clock();
        }
    });
}

void AnimationPanel::setState(const rx::ExplorerState &state)
{
    // Only what is drawn: while a family is on, the family's function without the parameter it varies.
    const rx::FamilyView &family = state.family;
    std::vector<std::pair<const rx::Activation *, const rx::Parameter *>> sweepable;
    for (const rx::Activation *f : rx::shownFunctions(state))
        if (!family.enabled || f->id == family.function)
            for (const rx::Parameter &p : f->parameters)
                if (!p.isChoice() && !(family.enabled && p.name == family.parameter))
                    sweepable.emplace_back(f, &p);
    const rx::Activation *familyFunction = rx::findActivation(family.function);
    const QString note = family.enabled && sweepable.empty() && familyFunction
                             ? tr("Nothing to animate: the family already varies %1 %2.")
                                   .arg(QString::fromStdString(familyFunction->displayName),
                                        QString::fromStdString(family.parameter))
                             : QString();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_play->setToolTip(note.isEmpty() ? tr("Play or pause the sweep (Space here, Ctrl+P anywhere)") : note);
    QStringList keys;
    for (const auto &[f, p] : sweepable)
        keys << keyOf(f->id, p->name);
    QStringList offered;
    for (int i = 0; i < m_parameter->count(); ++i)
        offered << m_parameter->itemData(i).toString();
    if (keys == offered)
        return;
    const QString current = m_parameter->currentData().toString();
    {
        const QSignalBlocker blocker(m_parameter);
        m_parameter->clear();
        for (const auto &[f, p] : sweepable)
            m_parameter->addItem(
                tr("%1 %2").arg(QString::fromStdString(f->displayName), QString::fromStdString(p->name)),
                keyOf(f->id, p->name));
        int index = m_parameter->findData(current);
        if (index < 0 && !state.selected.empty())
            for (int i = 0; i < m_parameter->count() && index < 0; ++i)
                if (m_parameter->itemData(i).toString().startsWith(
                        QString::fromStdString(state.selected + ".")))
                    index = i;
        m_parameter->setCurrentIndex(index < 0 ? 0 : index);
    }
    const bool enabled = m_parameter->count() > 0;
    m_play->setEnabled(enabled);
    if (m_parameter->currentData().toString() != current) {
        setPlaying(false);
        onParameterChosen();
    }
}

bool AnimationPanel::setSweep(const QString &functionId, const QString &parameter, double from, double to)
{
    const int index = m_parameter->findData(functionId + QLatin1Char('.') + parameter);
    if (index < 0)
        return false;
    m_parameter->setCurrentIndex(index);
    m_from->setValue(from);
    m_to->setValue(to);
    restart();
    return true;
}

void AnimationPanel::setSecondsPerSweep(double seconds)
{
    m_seconds->setValue(seconds);
}

void AnimationPanel::setMode(rx::SweepMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
}

double AnimationPanel::secondsPerSweep() const
{
    return m_seconds->value();
}

rx::SweepMode AnimationPanel::mode() const
{
    return static_cast<rx::SweepMode>(m_mode->currentData().toInt());
}

void AnimationPanel::onParameterChosen()
{
    const QStringList key = m_parameter->currentData().toString().split(QLatin1Char('.'));
    const rx::Activation *f = key.size() == 2 ? rx::findActivation(key[0].toStdString()) : nullptr;
    const int index = f ? f->parameterIndex(key[1].toStdString()) : -1;
    if (index < 0)
        return;
    const rx::Parameter &p = f->parameters[static_cast<std::size_t>(index)];
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setValue(p.sliderMin);
    m_to->setValue(p.sliderMax);
    m_from->setSingleStep(p.sliderStep);
    m_to->setSingleStep(p.sliderStep);
    restart();
}

void AnimationPanel::restart()
{
    m_phase = 0;
    if (isPlaying())
        m_startedAt = m_clock();
}

void AnimationPanel::setPlaying(bool playing)
{
    if (playing == isPlaying()) {
        m_play->setChecked(playing);
        return;
    }
    if (playing) {
        if (m_parameter->count() == 0) {
            m_play->setChecked(false);
            return;
        }
        if (rx::sweepFinished(m_phase, mode()))
            m_phase = 0;
        m_startedAt = m_clock();
        m_timer.start();
    } else {
        m_phase += sinceStart() / 1000.0 / m_seconds->value();
        m_timer.stop();
    }
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    emit playingChanged(playing);
}

void AnimationPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_startedAt = m_clock();
}

qint64 AnimationPanel::sinceStart() const
{
    return m_clock() - m_startedAt;
}

void AnimationPanel::showFrame()
{
    if (!isPlaying())
        return;
    const QStringList key = m_parameter->currentData().toString().split(QLatin1Char('.'));
    const rx::Activation *f = key.size() == 2 ? rx::findActivation(key[0].toStdString()) : nullptr;
    const int index = f ? f->parameterIndex(key[1].toStdString()) : -1;
    if (index < 0) {
        setPlaying(false);
        return;
    }
    const double phase = m_phase + sinceStart() / 1000.0 / m_seconds->value();
    const double raw = rx::sweepValue(m_from->value(), m_to->value(), phase, mode());
    // On the slider's grid (its step's decimals), so that frames that round alike cost nothing.
    const double value = rx::SliderScale(f->parameters[static_cast<std::size_t>(index)]).stepped(raw, 0);
    emit frame(key[0], index, value);
    if (rx::sweepFinished(phase, mode())) {
        m_phase = phase;
        m_timer.stop();
        m_play->setChecked(false);
        m_play->setText(tr("Play"));
        emit playingChanged(false);
    }
}
