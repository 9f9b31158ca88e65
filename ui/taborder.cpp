// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "taborder.h"

#include <QWidget>

namespace {

bool isTabStop(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() && widget->isVisible() &&
           widget->isEnabled();
}

} // namespace

QWidget *nextInTabOrder(const QList<QWidget *> &regions, QWidget *current, bool next)
{
    if (!current || regions.isEmpty())
        return nullptr;
    QWidget *window = current->window();
    QList<QWidget *> stops;
    for (QWidget *region : regions) {
        if (!region || region->window() != window || !region->isVisible())
            continue;
        if (isTabStop(region))
            stops << region;
        for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain())
            if (w != region && region->isAncestorOf(w) && isTabStop(w))
                stops << w;
    }
    const auto at = stops.indexOf(current);
    if (at < 0)
        return nullptr;
    const auto count = stops.size();
    return stops.at((at + (next ? 1 : count - 1)) % count);
}
