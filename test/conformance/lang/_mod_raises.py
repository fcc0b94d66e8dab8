# Helper module that fails while importing (not a case).
partial = 'set before error'
raise ValueError('module init failed')
