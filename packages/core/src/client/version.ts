// The SDK's version, sent in the default `app` parameter. A test keeps it equal to core's package.json version.
export const SDK_VERSION = '0.1.0';
