// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QLabel>

#include "uitest.h"
#include "wrappedlabel.h"

namespace {

const QString sentence =
    QStringLiteral("The negative slope lets a small gradient through where ReLU has none; ");

void checkSameHeights(const WrappedLabel &label, const QLabel &reference)
{
    for (int width : {60, 140, 320, 60, 900, 140}) {
        INFO("width " << width << ", text of " << label.text().size() << " characters");
        CHECK(label.heightForWidth(width) == reference.heightForWidth(width));
    }
}

} // namespace

TEST_CASE("a wrapped label's heights follow its text, font and margins as a QLabel's do", "[ui][layout]")
{
    QWidget host;
    WrappedLabel label(&host);
    QLabel reference(&host);
    reference.setWordWrap(true);
    const auto both = [&](auto &&change) {
        change(static_cast<QLabel &>(label));
        change(reference);
    };

    both([](QLabel &l) { l.setText(sentence); });
    checkSameHeights(label, reference);
    const int oneSentence = label.heightForWidth(140);

    both([](QLabel &l) { l.setText(sentence.repeated(4)); });
    checkSameHeights(label, reference);
    CHECK(label.heightForWidth(140) > oneSentence);
    const int fourSentences = label.heightForWidth(140);

    both([](QLabel &l) {
        QFont font = l.font();
        font.setPointSizeF(font.pointSizeF() * 2);
        l.setFont(font);
    });
    checkSameHeights(label, reference);
    CHECK(label.heightForWidth(140) > fourSentences);

    both([](QLabel &l) { l.setContentsMargins(20, 20, 20, 20); });
    checkSameHeights(label, reference);

    both([](QLabel &l) { l.setTextFormat(Qt::RichText); });
    both([](QLabel &l) { l.setText(QStringLiteral("<b>ReLU6</b><br>") + sentence); });
    checkSameHeights(label, reference);
}

TEST_CASE("the info panel's explanation can be selected by dragging the mouse across it", "[ui][layout]")
{
    Window w;
    auto *label = w.find<QLabel>(QStringLiteral("info.explanation"));
    REQUIRE(!label->text().isEmpty());
    CHECK_FALSE(label->hasSelectedText());
    const QPoint start(label->contentsRect().left() + 1, label->contentsRect().top() + 4);
    const QPoint end(label->contentsRect().right() - 1, label->contentsRect().top() + 4);
    QTest::mousePress(label, Qt::LeftButton, {}, start);
    QTest::mouseMove(label, end);
    QTest::mouseRelease(label, Qt::LeftButton, {}, end);
    CHECK(label->hasSelectedText());
    CHECK(label->text().startsWith(label->selectedText().left(8)));
    CHECK(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
}
