# The .deb CPack builds (in a folder of its own, so packaging/deb/smoke-test.sh's is not
# touched): its control fields, and the files it installs under /usr.
# -DBUILD_DIR -DWORK_DIR -DAPP_ID -DVERSION
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND cpack -G DEB -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake
                WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
file(GLOB debs ${WORK_DIR}/mygpt_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT result EQUAL 0 OR NOT count EQUAL 1)
    message(FATAL_ERROR "cpack -G DEB did not give one mygpt_${VERSION}_<arch>.deb:\n${output}")
endif()

set(failures "")
function(fail text)
    set(failures "${failures}  ${text}\n" PARENT_SCOPE)
endfunction()

execute_process(COMMAND dpkg-deb --field ${debs} OUTPUT_VARIABLE fields)
foreach(field IN ITEMS "Package: mygpt" "Version: ${VERSION}" "Section: net"
        "Priority: optional" "Maintainer: [^\n]+<[^\n]+@[^\n]+>" "Homepage: https://"
        "Description: [^\n]+\n [^\n]+")
    if(NOT fields MATCHES "(^|\n)${field}")
        fail("control field missing or wrong: ${field}")
    endif()
endforeach()
# dpkg-shlibdeps found the Qt libraries; the run-time-only packages are listed too.
foreach(dependency IN ITEMS libqt6core6 libqt6network6 libqt6widgets6 libqt6httpserver6
        libqt6sql6-sqlite libc6)
    if(NOT fields MATCHES "\nDepends: [^\n]*${dependency}")
        fail("Depends does not name ${dependency}")
    endif()
endforeach()

execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents)
foreach(file IN ITEMS ./usr/bin/mygpt ./usr/share/applications/${APP_ID}.desktop
        ./usr/share/metainfo/${APP_ID}.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        ./usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
        ./usr/lib/systemd/user/mygpt.service ./usr/share/doc/mygpt/copyright)
    if(NOT contents MATCHES " ${file}\n")
        fail("not in the package: ${file}")
    endif()
endforeach()
if(contents MATCHES " \\./usr/local/")
    fail("the package installs into /usr/local")
endif()

# The unit in the package starts /usr/bin/mygpt.
execute_process(COMMAND dpkg-deb --fsys-tarfile ${debs} OUTPUT_FILE ${WORK_DIR}/data.tar)
execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf data.tar ./usr/lib/systemd/user/mygpt.service
                WORKING_DIRECTORY ${WORK_DIR})
file(READ ${WORK_DIR}/usr/lib/systemd/user/mygpt.service unit)
if(NOT unit MATCHES "\nExecStart=/usr/bin/mygpt --headless\n")
    fail("the packaged unit does not start /usr/bin/mygpt --headless")
endif()

if(failures)
    message(FATAL_ERROR "${debs} is not right:\n${failures}\nFields:\n${fields}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "The .deb: control fields, dependencies and files as expected")
