// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include <QAbstractSlider>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTreeWidget>

#include "reluexplorer/parameters.h"
#include "reluexplorer/session.h"
#include "reluexplorer/view.h"
#include "animationpanel.h"
#include "uitest.h"

namespace {

// Resident set size in KiB (/proc/self/statm: pages).
long residentKib()
{
    std::ifstream statm("/proc/self/statm");
    long size = 0, resident = 0;
    statm >> size >> resident;
    return resident * 4;
}

unsigned long environmentNumber(const char *name, unsigned long fallback)
{
    const char *text = std::getenv(name);
    return text && *text ? std::strtoul(text, nullptr, 10) : fallback;
}

// Random but valid input to the real window: what a user can do with keys, wheel and mouse, except
// what opens a dialog (open, save, export, paste, quit) or leaves the window (presentation).
class Monkey
{
public:
    Monkey(Window &w, unsigned seed) : m_w(w), m_random(seed) {}

    /// One event; returns its name for the log.
    const char *step()
    {
        switch (pick(12)) {
        case 0:
        case 1:
            return sliderKey();
        case 2:
            return wheel();
        case 3:
            return drag();
        case 4:
            return key(toggleKeys, "toggle");
        case 5:
            return key(historyKeys, "undo/redo");
        case 6:
            return key(presetKeys, "preset");
        case 7:
            return functionToggle();
        case 8:
            return familyChange();
        case 9:
            return animationChange();
        case 10:
            return traceKey();
        default:
            return comboKey(QStringLiteral("choice"), "choice");
        }
    }

private:
    struct Key
    {
        Qt::Key key;
        Qt::KeyboardModifiers modifiers;
    };
    static constexpr Key toggleKeys[] = {
        {Qt::Key_D, Qt::ControlModifier}, {Qt::Key_G, Qt::ControlModifier}, {Qt::Key_H, Qt::ControlModifier}};
    static constexpr Key historyKeys[] = {{Qt::Key_Z, Qt::ControlModifier},
                                          {Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier},
                                          {Qt::Key_Y, Qt::ControlModifier}};
    static constexpr Key presetKeys[] = {
        {Qt::Key_0, Qt::ControlModifier}, {Qt::Key_2, Qt::ControlModifier}, {Qt::Key_3, Qt::ControlModifier}};

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    template <class T> T *pickVisible(const QString &nameEnd)
    {
        QList<T *> candidates;
        for (T *widget : m_w.window.findChildren<T *>())
            if (widget->objectName().endsWith(nameEnd) && widget->isVisible() && widget->isEnabled())
                candidates << widget;
        return candidates.isEmpty() ? nullptr : candidates[pick(int(candidates.size()))];
    }

    template <std::size_t N> const char *key(const Key (&keys)[N], const char *name)
    {
        const Key &k = keys[pick(int(N))];
        m_w.plotSurface()->setFocus();
        QTest::keyClick(&m_w.window, k.key, k.modifiers);
        return name;
    }

    const char *sliderKey()
    {
        static constexpr Qt::Key keys[] = {Qt::Key_Left,   Qt::Key_Right,    Qt::Key_Up,   Qt::Key_Down,
                                           Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
        QAbstractSlider *slider = pickVisible<QAbstractSlider>(QStringLiteral("slider"));
        if (!slider)
            return "slider (none)";
        slider->setFocus();
        QTest::keyClick(slider, keys[pick(8)]);
        return "slider key";
    }

    QPoint somewhere()
    {
        const QSize size = m_w.plotSurface()->size();
        return {1 + pick(std::max(1, size.width() - 2)), 1 + pick(std::max(1, size.height() - 2))};
    }

    const char *wheel()
    {
        const int delta = (pick(2) ? 1 : -1) * (pick(4) == 0 ? 360 : 120);
        ::wheel(m_w.plotSurface(), somewhere(), delta);
        return "wheel";
    }

    const char *drag()
    {
        QWidget *surface = m_w.plotSurface();
        const QPoint from = somewhere();
        const QPoint to = somewhere();
        const int kind = pick(3); // pan, Shift+drag box zoom, right-drag box zoom
        const Qt::MouseButton button = kind == 2 ? Qt::RightButton : Qt::LeftButton;
        const Qt::KeyboardModifiers modifiers = kind == 1 ? Qt::ShiftModifier : Qt::NoModifier;
        QTest::mousePress(surface, button, modifiers, from);
        QTest::mouseMove(surface, (from + to) / 2);
        QTest::mouseMove(surface, to);
        QTest::mouseRelease(surface, button, modifiers, to);
        return "drag";
    }

    const char *functionToggle()
    {
        auto *list = m_w.find<QTreeWidget>(QStringLiteral("functionList"));
        list->setFocus();
        for (int i = pick(4); i > 0; --i)
            QTest::keyClick(list, pick(2) ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(list, Qt::Key_Space);
        return "function toggle";
    }

    const char *comboKey(const QString &nameEnd, const char *name)
    {
        QComboBox *box = pickVisible<QComboBox>(nameEnd);
        if (!box)
            return name;
        box->setFocus();
        QTest::keyClick(box, pick(2) ? Qt::Key_Down : Qt::Key_Up);
        return name;
    }

    const char *familyChange()
    {
        switch (pick(4)) {
        case 0: {
            auto *enabled = m_w.find<QCheckBox>(QStringLiteral("family.enabled"));
            if (enabled->isVisible() && enabled->isEnabled()) {
                enabled->setFocus();
                QTest::keyClick(enabled, Qt::Key_Space);
            }
            return "family on/off";
        }
        case 1:
            return comboKey(QStringLiteral("family.function"), "family function");
        case 2:
            return comboKey(QStringLiteral("family.parameter"), "family parameter");
        default: {
            auto *count = m_w.window.findChild<QSpinBox *>(QStringLiteral("family.count"));
            if (count && count->isVisible() && count->isEnabled()) {
                count->setFocus();
                QTest::keyClick(count, pick(2) ? Qt::Key_Up : Qt::Key_Down);
            }
            return "family count";
        }
        }
    }

    const char *animationChange()
    {
        switch (pick(3)) {
        case 0:
            return comboKey(QStringLiteral("animation.parameter"), "animation parameter");
        case 1:
            return comboKey(QStringLiteral("animation.mode"), "animation mode");
        default:
            m_w.plotSurface()->setFocus();
            QTest::keyClick(&m_w.window, Qt::Key_P, Qt::ControlModifier); // play or pause
            return "animation play/pause";
        }
    }

    const char *traceKey()
    {
        static constexpr Qt::Key keys[] = {Qt::Key_Left, Qt::Key_Right, Qt::Key_Plus, Qt::Key_Minus};
        QWidget *surface = m_w.plotSurface();
        surface->setFocus();
        QTest::keyClick(surface, keys[pick(4)], pick(3) == 0 ? Qt::ShiftModifier : Qt::NoModifier);
        return "trace key";
    }

    Window &m_w;
    std::mt19937 m_random;
};

} // namespace

// RX_SOAK_EVENTS (default RELU_SOAK_EVENTS from CMake) events; RX_SOAK_SEED picks the sequence (default: from
// the clock, printed so that a failure can be replayed); the queued replot (and the animation's timer) runs
// after every RX_SOAK_PAINT_EVERY events (default 100: a replot per event would take hours under ASan; the
// state is checked after every event either way).
TEST_CASE("the window survives a long run of random input and its state stays valid", "[ui][soak]")
{
    const unsigned long events = environmentNumber("RX_SOAK_EVENTS", RX_SOAK_DEFAULT_EVENTS);
    const unsigned long paintEvery = std::max(1ul, environmentNumber("RX_SOAK_PAINT_EVERY", 100));
    const auto clockSeed =
        static_cast<unsigned long>(std::chrono::steady_clock::now().time_since_epoch().count());
    const auto seed = static_cast<unsigned>(environmentNumber("RX_SOAK_SEED", clockSeed & 0xFFFFFFFF));
    std::printf("soak: %lu events, seed %u (RX_SOAK_SEED=%u replays it), replot every %lu\n", events, seed,
                seed, paintEvery);
    std::fflush(stdout);

    Window w;
    Monkey monkey(w, seed);
    const auto start = std::chrono::steady_clock::now();
    const unsigned long warmUp = std::min(events / 10, 5000ul);
    long warmRss = residentKib();
    for (unsigned long i = 0; i < events; ++i) {
        const char *what = monkey.step();
        if ((i + 1) % paintEvery == 0)
            QApplication::processEvents();
        const rx::ExplorerState &state = w.window.state();
        // A value refused with the others (RReLU's lower above upper) is refused at once, so every
        // state is one a saved session reopens.
        const std::string problem = rx::stateProblem(state);
        if (!problem.empty() || !rx::isValidView(w.plot()->viewRange())) {
            INFO("event " << i << " (" << what << "), seed " << seed << ": " << problem);
            FAIL("the window's state became invalid");
        }
        if (i + 1 == warmUp)
            warmRss = residentKib();
    }
    w.window.animationPanel()->setPlaying(false);
    w.settle();
    const long endRss = residentKib();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("soak: %lu events in %.1f s; RSS %ld KiB after %lu events, %ld KiB at the end\n", events,
                seconds, warmRss, warmUp, endRss);
    INFO("seed " << seed << ": RSS " << warmRss << " KiB after warm-up, " << endRss << " KiB at the end");
    // The undo stack holds at most 500 steps; beyond that, growth would be a leak.
#if defined(__SANITIZE_ADDRESS__) // GCC
#define RX_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) // clang
#define RX_UNDER_ASAN 1
#endif
#endif
#ifdef RX_UNDER_ASAN
    // AddressSanitizer holds freed blocks in a quarantine before it reuses them (64 MiB in the asan
    // preset, 256 MiB by default), so resident memory grows by up to that much without a leak.
    constexpr long quarantineKib = 256 * 1024;
#else
    constexpr long quarantineKib = 0;
#endif
    CHECK(endRss - warmRss < 64 * 1024 + quarantineKib);
}
