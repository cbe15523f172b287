#pragma once
// main() for the GUI test executables: the OpenGL surface format must be set before the
// QApplication exists (see widgets/OpenGLSetup.h), which QTEST_MAIN cannot do. The settings
// names keep tests' QSettings apart from a user's.
#include <QApplication>
#include <QtTest>

#include "widgets/OpenGLSetup.h"

#define TG_GUI_TEST_MAIN(TestClass, settingsName)                                       \
    int main(int argc, char** argv) {                                                   \
        tg::installDefaultSurfaceFormat();                                              \
        QApplication app(argc, argv);                                                   \
        QApplication::setApplicationName(QStringLiteral(settingsName));                 \
        QApplication::setOrganizationName(QStringLiteral("TensorGame Explorer tests")); \
        TestClass test;                                                                 \
        return QTest::qExec(&test, argc, argv);                                         \
    }
