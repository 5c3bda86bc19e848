// The build stopped on the library that names no licence, and named it; the library with a licence was not blamed.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('There is 1 dependency with no license')
assert log.contains('it.northstar.fixture--library-with-no-licence--1.0') : 'the library is named'
assert !log.contains('apache-spelled-the-old-way (it.northstar.fixture') : 'the Apache library is allowed'
return true
