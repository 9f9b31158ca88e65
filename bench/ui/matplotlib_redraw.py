#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""Time matplotlib redrawing the explorer's curves after a PReLU weight change.

Six functions and their derivatives over x in [-5, 5] at about one sample per pixel, a 1280x800
Agg canvas, legend, grid and title as in the window; each run changes the weight, calls set_ydata on
PReLU's two lines and canvas.draw(). Run with Debian's /usr/bin/python3 (python3-matplotlib).
The last line is "median_ms=X p90_ms=Y min_ms=Z cpu_median_ms=W" (W: this thread's CPU time), which ui_slider_replot reads.
"""
import argparse
import statistics
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ALPHA = 1.6732632423543772
SCALE = 1.0507009873554805


def curves(x, weight):
    pos = x > 0
    return {
        "ReLU": (np.where(pos, x, 0.0), np.where(pos, 1.0, 0.0)),
        "ReLU6": (np.clip(x, 0, 6), np.where((x > 0) & (x < 6), 1.0, 0.0)),
        "LeakyReLU": (np.where(pos, x, 0.01 * x), np.where(pos, 1.0, 0.01)),
        "ELU": (np.where(pos, x, np.expm1(x)), np.where(pos, 1.0, np.exp(x))),
        "SELU": (SCALE * np.where(pos, x, ALPHA * np.expm1(x)), np.where(pos, SCALE, SCALE * ALPHA * np.exp(x))),
        "PReLU": (np.where(pos, x, weight * x), np.where(pos, 1.0, weight)),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--samples", type=int, default=1100, help="points per curve (the explorer's count)")
    args = parser.parse_args()

    x = np.linspace(-5, 5, args.samples)
    fig, ax = plt.subplots(figsize=(12.8, 8.0), dpi=100)
    colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"]
    lines = {}
    for (name, (y, dy)), colour in zip(curves(x, 0.25).items(), colours):
        (value,) = ax.plot(x, y, color=colour, linewidth=2.2, label=name)
        (deriv,) = ax.plot(x, dy, color=colour, linewidth=1.8, linestyle="--", label=name + "′")
        lines[name] = (value, deriv)
    ax.set_xlim(-5, 5)
    ax.set_ylim(-2, 5.5)
    ax.set_xlabel("x")
    ax.set_ylabel("f(x), f′(x)")
    ax.set_title("ReLU, ReLU6, LeakyReLU, ELU, SELU, PReLU")
    ax.grid(True)
    ax.legend(loc="upper left")
    fig.canvas.draw()

    times = []
    cpu = []
    weight = 0.25
    step = 0.03
    for run in range(args.runs + 10):
        weight += step
        if weight > 0.9 or weight < -0.4:
            step = -step
        start = time.perf_counter()
        cpu_start = time.thread_time()
        y, dy = curves(x, weight)["PReLU"]
        lines["PReLU"][0].set_ydata(y)
        lines["PReLU"][1].set_ydata(dy)
        fig.canvas.draw()
        elapsed = (time.perf_counter() - start) * 1000
        if run >= 10:
            times.append(elapsed)
            cpu.append((time.thread_time() - cpu_start) * 1000)
    times.sort()
    print(
        f"median_ms={statistics.median(times):.3f} p90_ms={times[len(times) * 9 // 10]:.3f} min_ms={times[0]:.3f}"
        f" cpu_median_ms={statistics.median(cpu):.3f}"
    )


if __name__ == "__main__":
    main()
