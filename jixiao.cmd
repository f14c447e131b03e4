@echo off
rem jixiao launcher for Windows: builds the application on first run, then runs the CLI (as ./jixiao does).
rem Needs a JDK 21 or newer: JAVA_HOME, else java on PATH. Exit codes as ./jixiao (0 ok, 1 failure, 2 usage, 3 some files
rem failed, 4 audit --fail-on found findings).
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%app\target\jixiao-app.jar"
if not exist "%JAR%" (
  echo jixiao: building ^(first run^)... 1>&2
  call "%ROOT%mvnw.cmd" -q -B -Dmaven.test.skip=true package 1>&2
  if errorlevel 1 (
    echo jixiao: build failed; run mvnw.cmd package to see why 1>&2
    exit /b 1
  )
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JIXIAO_JAVA_OPTS set "JIXIAO_JAVA_OPTS=-Xmx2g"
"%JAVA%" %JIXIAO_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 --enable-native-access=ALL-UNNAMED -cp "%JAR%;%ROOT%app\target\lib\*" org.jixiao.app.Main %*
exit /b %ERRORLEVEL%
