# CPack pre-build script: strip the staged executables as dh_strip would, so that the packages
# carry no symbol tables, .comment or .note sections.
find_program(strip_program strip)
if(NOT strip_program)
    return()
endif()
file(GLOB_RECURSE staged LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(file IN LISTS staged)
    get_filename_component(dir ${file} DIRECTORY)
    get_filename_component(dir_name ${dir} NAME)
    if(NOT dir_name STREQUAL "bin")
        continue()
    endif()
    execute_process(COMMAND ${strip_program} --strip-unneeded --remove-section=.comment
        --remove-section=.note ${file} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip failed on ${file}")
    endif()
endforeach()
