// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "plotviewtext.h"

namespace plotdetail {

QSize LegendItem::minimumOuterSizeHint() const
{
    if (!mPlottable || !mParentLegend)
        return QCPPlottableLegendItem::minimumOuterSizeHint();
    const QSize icon = mParentLegend->iconSize();
    // The icon's size and the padding beside it are part of the answer; passed as "extra".
    const QSize extra(icon.width() + mParentLegend->iconTextPadding(), icon.height());
    return m_minimum.get(mPlottable->name(), selected() ? selectedFont() : font(), margins(), extra,
                         [this] { return QCPPlottableLegendItem::minimumOuterSizeHint(); });
}

QSize TextElement::minimumOuterSizeHint() const
{
    return m_minimum.get(text(), font(), margins(), {},
                         [this] { return QCPTextElement::minimumOuterSizeHint(); });
}

QSize TextElement::maximumOuterSizeHint() const
{
    return m_maximum.get(text(), font(), margins(), {},
                         [this] { return QCPTextElement::maximumOuterSizeHint(); });
}

} // namespace plotdetail
