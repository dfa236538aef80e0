@echo off
rem Runs the jobspecs command-line tool. Build it first with: mvn -q -DskipTests package
setlocal
set "HOME_DIR=%~dp0"
if "%HOME_DIR:~-1%"=="\" set "HOME_DIR=%HOME_DIR:~0,-1%"
set "JAR=%HOME_DIR%\target\jobspecs.jar"
if not exist "%JAR%" (
  echo jobspecs is not built yet: run "mvn -q -DskipTests package" in %HOME_DIR% first. 1>&2
  exit /b 3
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem The quick compiler alone starts short commands fastest; serve runs for hours, where the optimising compiler pays.
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "JIT=-XX:+TieredCompilation"
rem Issue 15: the heap grows only while less than 10 %% of it is free after a full collection (default 40 %%).
rem The young generation a sixth of the heap, not a third: the old one must hold a large catalog's live set.
set "HEAP=-XX:MinHeapFreeRatio=10 -XX:NewRatio=5"
rem The class-data-sharing archive that mvn package writes: a faster start (the JVM ignores it when it does not fit).
set "CDS="
if exist "%HOME_DIR%\target\jobspecs.jsa" set "CDS=-XX:SharedArchiveFile=%HOME_DIR%\target\jobspecs.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" -XX:+UseSerialGC %HEAP% %JIT% -Xshare:auto %CDS% -Dsun.net.httpserver.nodelay=true "-Djobspecs.home=%HOME_DIR%" %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
