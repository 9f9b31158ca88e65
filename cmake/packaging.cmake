# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors

# A Debian package of what `cmake --install` installs: `cpack -G DEB` in the build folder. Depends is
# computed from the binary's libraries by dpkg-shlibdeps (Qt 6, QCustomPlot, libpng, the C++
# runtime); Qt's xcb and offscreen platforms come with libqt6gui6, the SVG icon engine with
# libqt6svg6. Desktop, MIME and icon caches are refreshed by Debian's own dpkg triggers.
set(RELU_PACKAGE_MAINTAINER "ReLU Explorer maintainers <relu-explorer@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

set(CPACK_PACKAGE_NAME relu-explorer)
set(CPACK_PACKAGE_VENDOR "The ReLU Explorer authors")
set(CPACK_PACKAGE_CONTACT "${RELU_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explorer of the ReLU family of activation functions")
# Wrapped as Debian wants it: CPack indents each line of the long description.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "ReLU Explorer plots ReLU, ReLU6, LeakyReLU, ELU, SELU, PReLU and their smooth\n"
  "relatives GELU, SiLU, Mish and Softplus (with CELU, RReLU, Hardtanh, Hardswish,\n"
  "Hardsigmoid, LogSigmoid and Tanhshrink), with a slider for every parameter,\n"
  "evaluated exactly as PyTorch evaluates them (values and derivatives, float32\n"
  "and float64). It exports figures (PNG, JPEG, PDF, SVG, CSV), saves sessions,\n"
  "has a presentation mode for the lecture room, and a command line (eval, list,\n"
  "export, moments, propagate, selu-constants) that needs no display.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RELU_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# A font for the plot and the window; Qt's own dialog buttons in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-translations-l10n")

include(CPack)
