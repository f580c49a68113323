# mygpt_install_qt_runtime(<target>): at install time, copy the Qt libraries and plugins the
# executable needs next to it (windeployqt on Windows, macdeployqt into the .app on macOS).
# Qt 6.3+ has qt_generate_deploy_app_script; its output argument was renamed in 6.5.
function(mygpt_install_qt_runtime target)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET ${target}
            OUTPUT_SCRIPT deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET ${target}
            FILENAME_VARIABLE deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${deploy_script})
endfunction()
