"""Official digital certificates (X.509 from the government's specialised CA): reading them, signing with
a key on a token (PKCS#11) or in a PKCS#12 file, detached CMS signatures of packages and PAdES
signatures of PDFs, and checking them against the CA certificates and CRLs an office trusts.

No Qt here: the command line and the window both go through these modules.
"""
