// The build stopped on the library outside the allowed licences and named it and its licence; the library whose
// licence is allowed (under an old spelling of Apache-2.0) was not blamed.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("License: 'All rights reserved: no copying' used by 1 dependencies")
assert log.contains('it.northstar.fixture:proprietary-library:1.0') : 'the library is named'
assert log.contains('There are some forbidden licenses used')
assert log.contains('There are 1 forbidden licenses used') : 'only the one library: ' + log
assert !log.contains('apache-spelled-the-old-way (it.northstar.fixture') : 'the Apache library is allowed'
return true
